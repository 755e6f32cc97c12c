// One entity: its names, description, place, themes, its neighbours grouped by relation, and the sources
// of each fact.
import { APIError, get } from "./api.js";
import { fill, h } from "./dom.js";
import { entityLine, errorMessage, kindLabel } from "./entity-link.js";
import { relationLabel, t } from "./i18n.js";

const placeRelations = new Set(["based_in", "held_in", "active_in"]);

export async function entityView(main, { arg }) {
  fill(main, h("p", { class: "status" }, t("loading")));
  let entity;
  try {
    entity = await get(`/v1/entities/${encodeURIComponent(arg)}`);
  } catch (error) {
    const missing = error instanceof APIError && error.status === 404;
    fill(main, h("h1", { tabindex: "-1" }, "…"), missing ? h("p", { class: "error", role: "alert" }, t("entity.missing")) : errorMessage(error));
    return;
  }
  const neighbours = entity.neighbors || [];
  const outgoingPlaces = neighbours.filter((n) => n.outgoing && placeRelations.has(n.relation) && n.entity.kind === "city");
  const themes = neighbours.filter((n) => n.outgoing && n.relation === "works_on");
  const others = neighbours.filter((n) => !themes.includes(n));
  const facts = [];
  const fact = (label, ...value) => facts.push(h("dt", {}, label), h("dd", {}, ...value));
  if (entity.aliases?.length) fact(t("entity.aliases"), entity.aliases.join(" · "));
  if (outgoingPlaces.length || entity.country) {
    fact(t("entity.place"), outgoingPlaces.length
      ? outgoingPlaces.map((n, index) => [index ? ", " : "", h("a", { href: `#/map/${n.entity.id}` }, n.entity.name)])
      : "", entity.country ? ` (${entity.country})` : "");
  }
  if (entity.starts || entity.ends) fact(t("entity.dates"), [entity.starts, entity.ends].filter(Boolean).join(" – "));
  if (entity.status) fact(t("entity.status"), entity.status);
  if (entity.website && /^https?:\/\//i.test(entity.website)) {
    fact(t("entity.website"), h("a", { href: entity.website, rel: "noopener noreferrer nofollow", target: "_blank" }, entity.website));
  }
  if (themes.length) {
    fact(t("entity.themes"), h("ul", { class: "chips" }, themes.map((n) => h("li", {},
      h("a", { href: `#/search?theme=${encodeURIComponent(n.entity.name)}` }, n.entity.name)))));
  }

  const mapTarget = entity.kind === "city" ? entity.id : outgoingPlaces[0]?.entity.id;
  fill(main,
    h("article", { class: "entity", dataset: { id: entity.id } },
      h("h1", { id: "entity-name", tabindex: "-1" }, entity.name, " ", kindLabel(entity.kind)),
      entity.description ? h("p", { class: "description" }, entity.description) : null,
      entity.sensitive ? h("p", { class: "notice" }, t("entity.sensitive")) : null,
      h("dl", { class: "facts" }, facts),
      h("p", { class: "actions" },
        h("a", { href: `#/connections?from=${entity.id}`, class: "button" }, t("entity.connect")),
        mapTarget ? h("a", { href: `#/map/${mapTarget}`, class: "button" }, t("entity.onMap")) : null),
      neighbourSection(others, entity.neighbor_counts || [], entity.neighbors_next),
      h("section", { id: "sources" },
        h("h2", {}, t("entity.sources")),
        h("ul", {}, (entity.sources || []).map((source) => h("li", {}, h("strong", {}, source.name), " — ",
          t("entity.seen", { first: day(source.first_seen), last: day(source.last_seen) }),
          source.mention ? ` (${t("entity.mentionOnly")})` : ""))))));
}

/**
 * The neighbours grouped by relation, each group with its whole count; a city can have thousands, so they come
 * a page at a time and "more" appends the next page.
 */
function neighbourSection(shown, counts, next) {
  const totals = new Map();
  for (const count of counts) {
    if (count.outgoing && count.relation === "works_on") continue;
    const label = relationLabel(count.relation, count.outgoing);
    totals.set(label, (totals.get(label) || 0) + count.count);
  }
  if (!totals.size) return null;
  const section = h("section", { id: "neighbours" });
  const render = (neighbours, nextPage) => {
    const groups = new Map([...totals.keys()].map((label) => [label, []]));
    for (const neighbour of neighbours) {
      // A theme past the first page (an entity with over 50 edges of its own) comes under its relation.
      const label = relationLabel(neighbour.relation, neighbour.outgoing);
      if (!groups.has(label)) groups.set(label, []);
      groups.get(label).push(neighbour);
    }
    const more = nextPage ? h("button", { type: "button", id: "more-neighbours" }, t("entity.moreNeighbours")) : null;
    fill(section,
      h("h2", {}, t("entity.neighbours")),
      [...groups].filter(([, members]) => members.length).map(([label, members]) => h("section", { class: "relation-group" },
        h("h3", {}, label, " ", h("span", { class: "count" }, `(${totals.get(label) ?? members.length})`)),
        h("ul", {}, members.map((n) => h("li", {}, entityLine(n.entity),
          h("span", { class: "fact-source" }, t("entity.factFrom", { sources: n.sources.join(", ") }))))))),
      more);
    more?.addEventListener("click", async () => {
      more.disabled = true;
      try {
        const page = await get(nextPage);
        render(neighbours.concat(page.results), page.next);
        section.querySelector("#more-neighbours")?.focus();
      } catch (error) {
        more.replaceWith(errorMessage(error));
      }
    });
  };
  render(shown, next);
  return section;
}

function day(timestamp) {
  return (timestamp || "").slice(0, 10);
}
