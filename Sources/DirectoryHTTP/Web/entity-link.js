// How an entity appears in a list: its name as a link to its page, its kind, and its country.
import { h } from "./dom.js";
import { t } from "./i18n.js";

export function kindLabel(kind) {
  return h("span", { class: `kind kind-${kind}` }, t(`kind.${kind}`));
}

export function entityLink(entity, attributes = {}) {
  return h("a", { href: `#/entity/${entity.id}`, ...attributes }, entity.name);
}

export function entityLine(entity) {
  return [entityLink(entity), " ", kindLabel(entity.kind), entity.country ? h("span", { class: "country" }, entity.country) : null];
}

export function errorMessage(error) {
  return h("p", { class: "error", role: "alert" }, t("error", { detail: error.message }));
}
