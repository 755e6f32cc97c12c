// The world drawn from the bundled country outlines (`world.json`, equirectangular: x = longitude,
// y = -latitude), with a marker per place. Markers are links, so that the map works from the keyboard too.
import { s, h } from "./dom.js";
import { t } from "./i18n.js";

let outlines;
function loadOutlines() {
  outlines ??= fetch("/assets/world.json").then((response) => response.json());
  return outlines;
}

const world = { x: -180, y: -84, width: 360, height: 144 };

/** The smallest view that holds every place, with room around it; the whole world when there is none. */
function fit(places) {
  if (places.length === 0) return { ...world };
  const xs = places.map((place) => place.lon);
  const ys = places.map((place) => -place.lat);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = Math.min(360, Math.max(60, (right - left) * 1.3));
  const height = Math.min(170, Math.max(width / 2, (bottom - top) * 1.3));
  return { x: (left + right) / 2 - width / 2, y: (top + bottom) / 2 - height / 2, width, height };
}

/**
 * A map of `places` (`{id, name, lon, lat, members, href, highlighted}`); `selected` is a place id.
 * Returns the figure to put in the page.
 */
export async function worldMap(places, { label, selected, caption } = {}) {
  const { countries } = await loadOutlines();
  const chosen = places.find((place) => place.id === selected);
  // A chosen place is shown with its region, where its neighbours' markers no longer overlap it.
  let view = chosen ? { x: chosen.lon - 20, y: -chosen.lat - 10, width: 40, height: 20 } : fit(places);
  const svg = s("svg", {
    class: "world-map", role: "group", "aria-label": label, preserveAspectRatio: "xMidYMid meet",
  });
  const land = s("g", { class: "land", "aria-hidden": "true" },
    countries.map((country) => s("path", { d: country.d }, s("title", {}, country.name))));
  const markers = places.map((place) => {
    const count = place.members.length;
    const circle = s("circle", { cx: place.lon, cy: -place.lat, dataset: { count } });
    const classes = ["marker", place.highlighted && "highlighted", place.id === selected && "selected"];
    return s("a", {
      href: place.href, class: classes.filter(Boolean).join(" "), dataset: { place: place.id },
      "aria-label": `${place.name}, ${t("map.entries", { n: count })}`,
    }, circle, s("title", {}, `${place.name} (${count})`));
  });
  svg.append(land, s("g", { class: "markers" }, markers));

  const draw = () => {
    svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.width} ${view.height}`);
    const unit = view.width / 360;
    for (const marker of markers) {
      const circle = marker.firstChild;
      circle.setAttribute("r", (2.2 + 1.6 * Math.sqrt(Number(circle.dataset.count))) * unit);
    }
  };
  const zoom = (factor) => {
    const width = Math.min(360, Math.max(4, view.width * factor));
    const height = view.height * (width / view.width);
    view = { x: view.x + (view.width - width) / 2, y: view.y + (view.height - height) / 2, width, height };
    draw();
  };
  const pan = (dx, dy) => {
    view = { ...view, x: view.x + dx * view.width, y: view.y + dy * view.height };
    draw();
  };
  draw();
  enableDragging(svg, () => view, (next) => { view = next; draw(); });

  const controls = h("div", { class: "map-controls" },
    h("button", { type: "button", onclick: () => zoom(0.6), "aria-label": t("map.zoomIn"), title: t("map.zoomIn") }, "+"),
    h("button", { type: "button", onclick: () => zoom(1 / 0.6), "aria-label": t("map.zoomOut"), title: t("map.zoomOut") }, "−"),
    h("button", { type: "button", onclick: () => { view = { ...world }; draw(); } }, t("map.reset")));
  const figure = h("figure", { class: "map", tabindex: "0", "aria-label": label, onkeydown: (event) => {
    const moves = { ArrowLeft: [-0.2, 0], ArrowRight: [0.2, 0], ArrowUp: [0, -0.2], ArrowDown: [0, 0.2] };
    if (event.target !== figure) return;
    if (moves[event.key]) pan(...moves[event.key]);
    else if (event.key === "+" || event.key === "=") zoom(0.6);
    else if (event.key === "-") zoom(1 / 0.6);
    else return;
    event.preventDefault();
  } }, controls, svg, h("figcaption", {}, caption || t("map.attribution")));
  return figure;
}

/** Dragging the map moves the view; a press that hardly moves stays a click on a marker. */
function enableDragging(svg, currentView, setView) {
  let start = null;
  svg.addEventListener("pointerdown", (event) => {
    start = { x: event.clientX, y: event.clientY, view: currentView(), moved: false };
  });
  svg.addEventListener("pointermove", (event) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!start.moved && Math.hypot(dx, dy) < 5) return;
    if (!start.moved) svg.setPointerCapture(event.pointerId);
    start.moved = true;
    const scale = start.view.width / svg.clientWidth;
    setView({ ...start.view, x: start.view.x - dx * scale, y: start.view.y - dy * scale });
  });
  const end = (event) => {
    if (start?.moved) event.preventDefault();
    start = null;
  };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", end);
}
