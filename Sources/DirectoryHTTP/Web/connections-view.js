// How two entities are connected: each path as a chain of labelled hops.
import { get, search } from "./api.js";
import { debounce, fill, h } from "./dom.js";
import { entityLink, errorMessage, kindLabel } from "./entity-link.js";
import { relationLabel, t } from "./i18n.js";

export async function connectionsView(main, { params }) {
  const suggestions = h("datalist", { id: "entity-suggestions" });
  const known = new Map();
  const suggest = debounce(async (text) => {
    if (text.trim().length < 2) return;
    const page = await search({ q: text.trim(), limit: 10 }).catch(() => ({ results: [] }));
    suggestions.replaceChildren(...page.results.map((hit) => {
      known.set(hit.name, hit.id);
      return h("option", { value: hit.name }, `${hit.name} (${t(`kind.${hit.kind}`)})`);
    }));
  }, 200);
  const input = (id) => h("input", {
    id, list: "entity-suggestions", autocomplete: "off", required: true, oninput: (event) => suggest(event.target.value),
  });
  const from = input("connection-from");
  const to = input("connection-to");
  const skipThemes = h("input", { type: "checkbox", id: "skip-themes", checked: params.get("skip_themes") !== "false" });
  const results = h("div", { id: "paths", "aria-live": "polite" });
  const reference = (field) => String(known.get(field.value.trim()) ?? field.value.trim());
  const form = h("form", { class: "connections", onsubmit: (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ from: reference(from), to: reference(to), skip_themes: skipThemes.checked });
    location.hash = `#/connections?${query}`;
  } },
  h("label", { class: "field" }, h("span", {}, t("connections.from")), from),
  h("label", { class: "field" }, h("span", {}, t("connections.to")), to),
  h("label", { class: "check" }, skipThemes, " ", t("connections.skipThemes")),
  h("button", { type: "submit", id: "connect" }, t("connections.go")), suggestions);
  fill(main, h("h1", { tabindex: "-1" }, t("connections.title")), form, results);

  const named = async (field, reference) => {
    if (!reference) return;
    if (!/^\d+$/.test(reference)) { field.value = reference; return; }
    const entity = await get(`/v1/entities/${reference}`).catch(() => null);
    field.value = entity?.name ?? reference;
    if (entity) known.set(entity.name, entity.id);
  };
  await Promise.all([named(from, params.get("from")), named(to, params.get("to"))]);
  if (!params.get("from") || !params.get("to")) return;

  fill(results, h("p", { class: "status" }, t("loading")));
  try {
    const answer = await get("/v1/connections", {
      from: params.get("from"), to: params.get("to"), paths: 3, skip_themes: skipThemes.checked,
    });
    if (!answer.paths.length) {
      fill(results, h("p", { class: "status" }, t("connections.none", { n: answer.max_depth })));
      return;
    }
    fill(results, h("ol", { class: "paths" }, answer.paths.map((path, index) => h("li", { class: "path" },
      h("h2", {}, t("connections.path", { n: index + 1, hops: path.hops.length })),
      h("ol", { class: "chain" },
        h("li", { class: "stop" }, entityLink(path.hops[0].from), " ", kindLabel(path.hops[0].from.kind)),
        path.hops.map((hop) => [
          h("li", { class: "hop" }, hop.links.map((link) => relationLabel(link.relation, link.forward)).join(" · "),
            h("span", { class: "fact-source" }, t("entity.factFrom", { sources: [...new Set(hop.links.flatMap((l) => l.sources))].join(", ") }))),
          h("li", { class: "stop" }, entityLink(hop.to), " ", kindLabel(hop.to.kind)),
        ]))))));
  } catch (error) {
    fill(results, errorMessage(error));
  }
}
