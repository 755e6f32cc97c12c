// Where chosen themes meet: the places where each of them is worked on, on the map and as a list, and the
// campaigns that gather them.
import { get, placed, search } from "./api.js";
import { fill, h } from "./dom.js";
import { entityLine, entityLink, errorMessage } from "./entity-link.js";
import { t } from "./i18n.js";
import { placesOf } from "./places.js";
import { worldMap } from "./world-map.js";

export async function convergencesView(main, { params }) {
  const chosen = new Set((params.get("themes") || "").split(",").filter(Boolean));
  const themes = await search({ kind: "theme", limit: 100 }).catch(() => ({ results: [] }));
  const boxes = h("fieldset", { class: "themes" }, h("legend", {}, t("convergences.pick")),
    themes.results.map((theme) => h("label", { class: "check" },
      h("input", { type: "checkbox", name: "theme", value: theme.name, checked: chosen.has(theme.name) }), " ", theme.name)));
  const results = h("div", { id: "convergences", "aria-live": "polite" });
  const form = h("form", { class: "convergences", onsubmit: (event) => {
    event.preventDefault();
    const picked = [...boxes.querySelectorAll("input:checked")].map((box) => box.value);
    location.hash = `#/convergences?themes=${encodeURIComponent(picked.join(","))}`;
  } }, boxes, h("button", { type: "submit", id: "converge" }, t("convergences.go")));
  fill(main, h("h1", { tabindex: "-1" }, t("convergences.title")), form, results);
  if (chosen.size === 0) return;
  if (chosen.size < 2) {
    fill(results, h("p", { class: "status" }, t("convergences.needTwo")));
    return;
  }

  fill(results, h("p", { class: "status" }, t("loading")));
  try {
    const [answer, features] = await Promise.all([
      get("/v1/convergences", { by: "themes", themes: [...chosen] }), placed(),
    ]);
    const meeting = new Set(answer.places.map((place) => place.city.id));
    const places = placesOf(features).filter((place) => meeting.has(place.city));
    for (const place of places) Object.assign(place, { href: `#/map/${place.city}`, highlighted: true });
    if (!answer.places.length) {
      fill(results, h("p", { class: "status" }, t("convergences.none")));
      return;
    }
    fill(results,
      await worldMap(places, { label: t("convergences.places") }),
      h("h2", {}, t("convergences.places")),
      h("ul", { class: "meeting-places" }, answer.places.map((place) => h("li", {},
        entityLine(place.city),
        h("ul", {}, place.themes.map((group) => h("li", {}, h("strong", {}, group.theme.name), ": ",
          group.entities.map((entity, index) => [index ? ", " : "", entityLink(entity)]))))))),
      answer.campaigns.length ? [
        h("h2", {}, t("convergences.campaigns")),
        h("ul", { class: "meeting-campaigns" }, answer.campaigns.map((campaign) => h("li", {},
          entityLine(campaign.campaign), ": ",
          campaign.participants.map((entity, index) => [index ? ", " : "", entityLink(entity)])))),
      ] : null);
  } catch (error) {
    fill(results, errorMessage(error));
  }
}
