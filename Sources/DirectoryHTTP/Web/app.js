// The directory page: a view per address after `#`, so that every view can be bookmarked and the back
// button works, while nothing typed reaches the server's logs as a URL.
import { setToken, token } from "./api.js";
import { connectionsView } from "./connections-view.js";
import { convergencesView } from "./convergences-view.js";
import { errorMessage } from "./entity-link.js";
import { entityView } from "./entity-view.js";
import { chooseLanguage, language, languages, setLanguage, t, translate } from "./i18n.js";
import { mapView } from "./map-view.js";
import { searchView } from "./search-view.js";

const views = {
  search: searchView, entity: entityView, map: mapView, connections: connectionsView, convergences: convergencesView,
};

function route() {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  const [name, arg] = path.split("/");
  return { name: name in views ? name : "search", arg: arg ? decodeURIComponent(arg) : null, params: new URLSearchParams(query) };
}

let rendering = 0;
let rendered = 0;

async function render() {
  const current = route();
  const main = document.getElementById("main");
  for (const link of document.querySelectorAll("nav a")) {
    if (link.dataset.view === current.name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const ticket = ++rendering;
  main.dataset.view = current.name;
  main.setAttribute("aria-busy", "true");
  try {
    await views[current.name](main, current);
  } catch (error) {
    main.append(errorMessage(error));
  }
  if (ticket !== rendering) return;
  main.setAttribute("aria-busy", "false");
  // After a change of view, reading starts at the new view's heading; the first view leaves focus at the
  // top of the page, so that the skip link comes first.
  if (rendered++) main.querySelector("h1")?.focus({ preventScroll: true });
}

function showToken() {
  const active = Boolean(token());
  document.getElementById("token-state").textContent = active ? t("token.active") : "";
  document.getElementById("token-clear").hidden = !active;
}

function setUp() {
  chooseLanguage();
  const picker = document.getElementById("language");
  for (const [code, name] of Object.entries(languages)) picker.append(new Option(name, code, false, code === language()));
  picker.addEventListener("change", () => {
    setLanguage(picker.value);
    translate(document);
    showToken();
    render();
  });
  document.getElementById("token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const field = document.getElementById("token");
    setToken(field.value.trim());
    field.value = "";
    showToken();
    render();
  });
  document.getElementById("token-clear").addEventListener("click", () => {
    setToken(null);
    showToken();
    render();
  });
  // The skip link moves focus only: following `#main` would be read as a view's address.
  document.querySelector(".skip").addEventListener("click", (event) => {
    event.preventDefault();
    document.getElementById("main").focus();
  });
  translate(document);
  showToken();
  window.addEventListener("hashchange", render);
  render();
}

setUp();
