// The cities and what is active in them; selecting a city lists who is there.
import { placed } from "./api.js";
import { fill, h } from "./dom.js";
import { entityLine, errorMessage } from "./entity-link.js";
import { t } from "./i18n.js";
import { placesOf } from "./places.js";
import { worldMap } from "./world-map.js";

export async function mapView(main, { arg }) {
  fill(main, h("h1", { tabindex: "-1" }, t("map.title")), h("p", { class: "status" }, t("loading")));
  let places;
  try {
    places = placesOf(await placed());
  } catch (error) {
    main.append(errorMessage(error));
    return;
  }
  const selectedID = arg ? `city-${arg}` : null;
  const selected = places.find((place) => place.id === selectedID || (arg && place.id === `entity-${arg}`));
  for (const place of places) place.href = place.city ? `#/map/${place.city}` : `#/entity/${place.members[0].id}`;
  const map = await worldMap(places, { label: t("map.title"), selected: selected?.id });
  const panel = selected
    ? h("section", { id: "place", class: "place-panel", "aria-live": "polite" },
      h("h2", {}, selected.city ? h("a", { href: `#/entity/${selected.city}` }, t("map.at", { place: selected.name })) : selected.name),
      h("p", {}, t("map.entries", { n: selected.members.length })),
      h("ul", {}, [...selected.members]
        .sort((a, b) => a.properties.kind.localeCompare(b.properties.kind) || a.properties.name.localeCompare(b.properties.name))
        .map((feature) => h("li", {}, entityLine({ id: feature.id, ...feature.properties })))))
    : h("p", { class: "hint" }, t("map.hint"));
  const list = h("details", { class: "place-list" }, h("summary", {}, t("map.cities")),
    h("ul", {}, places.filter((place) => place.city).map((place) => h("li", {},
      h("a", { href: place.href }, place.name), ` (${place.members.length})`))));
  fill(main, h("h1", { tabindex: "-1" }, t("map.title")), h("div", { class: "map-layout" }, map, h("div", {}, panel, list)));
}
