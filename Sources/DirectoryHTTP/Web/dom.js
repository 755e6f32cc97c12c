// Builds elements from data without ever parsing it as HTML: a name or description from a feed is text.

const svgNamespace = "http://www.w3.org/2000/svg";

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** An HTML element: `h("a", {href: "#/"}, "text", otherElement)`. */
export function h(tag, attributes, ...children) {
  return build(document.createElement(tag), attributes, children);
}

/** An SVG element, the same way. */
export function s(tag, attributes, ...children) {
  return build(document.createElementNS(svgNamespace, tag), attributes, children);
}

/** Replaces what `element` holds. */
export function fill(element, ...children) {
  element.replaceChildren();
  return build(element, {}, children);
}

/** `storage.getItem(key)`, or null where the browser refuses storage (a framed page with third-party data blocked). */
export function stored(storage, key) {
  try {
    return window[storage].getItem(key);
  } catch {
    return null;
  }
}

/** `storage.setItem(key, value)`, or removes it when `value` is empty; nothing where storage is refused. */
export function store(storage, key, value) {
  try {
    if (value) window[storage].setItem(key, value);
    else window[storage].removeItem(key);
  } catch {
    // The choice then lasts as long as the page.
  }
}

/** Waits `delay` ms after the last call before calling `action`: searching as one types. */
export function debounce(action, delay) {
  let timer;
  return (...values) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...values), delay);
  };
}
