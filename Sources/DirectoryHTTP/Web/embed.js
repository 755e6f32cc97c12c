// The widget partners put in an iframe: `/embed?theme=migration&in=Madrid&view=list|map&kind=&limit=&lang=`.
// It shows what the public may see, so it never sends a partner token, whatever this browser holds.
import { anonymously, get, placed, search } from "./api.js";
import { fill, h } from "./dom.js";
import { errorMessage, kindLabel } from "./entity-link.js";
import { chooseLanguage, t } from "./i18n.js";
import { placesOf } from "./places.js";
import { worldMap } from "./world-map.js";

const params = new URLSearchParams(location.search);

async function entries() {
  const limit = Math.min(50, Math.max(1, Number(params.get("limit")) || 10));
  const common = { in: params.get("in"), kind: params.get("kind"), limit };
  if (params.get("theme")) {
    const answer = await get("/v1/who", { on: params.getAll("theme"), ...common });
    return answer.results.map((result) => result.entity);
  }
  return (await search(common)).results;
}

async function show() {
  chooseLanguage(params.get("lang"));
  anonymously();
  const main = document.getElementById("embed");
  const title = [params.getAll("theme").join(", "), params.get("in")].filter(Boolean).join(" · ");
  const open = h("a", { href: "/", target: "_blank", rel: "noopener", class: "open" }, t("embed.open"));
  try {
    const found = await entries();
    const link = (entity) => h("a", { href: `/#/entity/${entity.id}`, target: "_blank", rel: "noopener" }, entity.name);
    let body;
    if (found.length === 0) {
      body = h("p", { class: "status" }, t("embed.none"));
    } else if (params.get("view") === "map") {
      const ids = new Set(found.map((entity) => entity.id));
      const places = placesOf(await placed())
        .map((place) => ({ ...place, members: place.members.filter((feature) => ids.has(feature.id)) }))
        .filter((place) => place.members.length > 0 || ids.has(place.city));
      for (const place of places) place.href = `/#/map/${place.city ?? ""}`;
      body = await worldMap(places, { label: title || t("map.title") });
      for (const marker of body.querySelectorAll("a.marker")) marker.setAttribute("target", "_blank");
    } else {
      body = h("ul", { class: "embed-list" }, found.map((entity) => h("li", {}, link(entity), " ", kindLabel(entity.kind),
        entity.country ? h("span", { class: "country" }, entity.country) : null)));
    }
    fill(main, title ? h("h1", {}, title) : null, body, open);
  } catch (error) {
    fill(main, errorMessage(error), open);
  }
  main.setAttribute("aria-busy", "false");
}

show();
