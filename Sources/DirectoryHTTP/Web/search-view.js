// Search and browse: results update as one types or changes a filter, a page at a time.
import { search } from "./api.js";
import { debounce, fill, h } from "./dom.js";
import { entityLine, errorMessage } from "./entity-link.js";
import { t } from "./i18n.js";

const kinds = ["organization", "city", "campaign", "event", "theme", "article"];

export async function searchView(main, { params }) {
  const field = (name, label, control) => h("label", { class: `field field-${name}` }, h("span", {}, label), control);
  const q = h("input", { id: "search-q", type: "search", placeholder: t("search.placeholder"), autocomplete: "off" });
  const kind = h("select", { id: "filter-kind" }, h("option", { value: "" }, t("filter.any")),
    kinds.map((value) => h("option", { value, selected: params.get("kind") === value }, t(`kind.${value}`))));
  const theme = h("select", { id: "filter-theme" }, h("option", { value: "" }, t("filter.any")));
  const country = h("input", {
    id: "filter-country", maxlength: "2", size: "3", autocomplete: "off", value: params.get("country") || "",
  });
  const place = h("input", { id: "filter-place", autocomplete: "off", value: params.get("in") || "" });
  const status = h("p", { class: "status", role: "status", "aria-live": "polite" });
  const results = h("ol", { id: "results", class: "results" });
  const more = h("button", { type: "button", id: "more", hidden: true }, t("search.more"));
  const form = h("form", { class: "search", role: "search", onsubmit: (event) => { event.preventDefault(); run(); } },
    field("q", t("search.label"), q), field("kind", t("filter.kind"), kind), field("theme", t("filter.theme"), theme),
    field("country", t("filter.country"), country), field("place", t("filter.place"), place));
  fill(main, h("h1", { tabindex: "-1" }, t("search.title")), form, status, results, more);

  let controller;
  let cursor = null;
  const parameters = () => ({
    q: q.value.trim(), kind: kind.value, theme: theme.value, country: country.value.trim().toUpperCase(),
    in: place.value.trim(), limit: 20,
  });
  async function run(after = null) {
    controller?.abort();
    controller = new AbortController();
    const asked = parameters();
    try {
      const page = await search({ ...asked, cursor: after ?? undefined }, controller.signal);
      if (!after) results.replaceChildren();
      for (const hit of page.results) {
        results.append(h("li", {}, entityLine(hit), hit.description ? h("p", { class: "description" }, hit.description) : null));
      }
      cursor = page.cursor || null;
      more.hidden = !cursor;
      // Which words the list answers, for whoever waits for it (the browser tests do).
      results.dataset.query = asked.q;
      const count = results.children.length;
      status.textContent = count === 0 ? t("search.none") : t("search.shown", { n: count });
    } catch (error) {
      if (error.name === "AbortError") return;
      fill(results, h("li", {}, errorMessage(error)));
      more.hidden = true;
      status.textContent = "";
    }
  }
  const soon = debounce(() => run(), 250);
  q.addEventListener("input", soon);
  country.addEventListener("input", soon);
  place.addEventListener("input", soon);
  kind.addEventListener("change", () => run());
  theme.addEventListener("change", () => run());
  more.addEventListener("click", () => run(cursor));

  const themes = await search({ kind: "theme", limit: 100 }).catch(() => ({ results: [] }));
  for (const hit of themes.results) {
    theme.append(h("option", { value: hit.name, selected: params.get("theme") === hit.name }, hit.name));
  }
  await run();
}
