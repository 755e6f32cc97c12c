"""The directory page in a real headless Chromium, driven through WebDriver, against `sanctuary demo`.

Run by `Tests/Browser/run`, which starts the server and sets SANCTUARY_URL. Every test fails if the page
asked anything of another origin; each view is photographed at desktop and phone sizes.
"""
import functools
import http.server
import json
import os
import tempfile
import threading
import unittest
from urllib.parse import quote, urlsplit
from urllib.request import urlopen

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE = os.environ.get("SANCTUARY_URL", "http://127.0.0.1:8080").rstrip("/")
PARTNER_TOKEN = os.environ.get("SANCTUARY_PARTNER_TOKEN")
SHOTS = os.environ.get("SCREENSHOTS", "screenshots")
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


def start_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in [
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=en-GB",
        "--force-device-scale-factor=1",
    ]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(options=options, service=service)


class DirectoryPage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.browser = start_browser()
        os.makedirs(SHOTS, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()

    def setUp(self):
        self.browser.set_window_size(*SIZES["desktop"])
        self.browser.get(BASE + "/assets/app.css")
        self.browser.execute_script("localStorage.clear(); sessionStorage.clear();")
        self.browser.get(BASE + "/#/search")
        self.other_origins = set()
        self.requests()  # what earlier tests asked is theirs

    def tearDown(self):
        urls = self.requests()
        self.assertTrue(any(url.startswith(BASE + "/") for url in urls), "the network log is empty")
        foreign = [url for url in urls if not self.same_origin(url)]
        foreign = [url for url in foreign if "{0.scheme}://{0.netloc}".format(urlsplit(url)) not in self.other_origins]
        self.assertEqual(foreign, [], "the page asked another origin")
        errors = [entry["message"] for entry in self.browser.get_log("browser") if entry["level"] == "SEVERE"]
        self.assertEqual(errors, [], "the page logged errors")

    # Helpers

    def requests(self):
        """Every URL the browser's pages asked for since the last call (from Chromium's network log)."""
        urls = []
        for entry in self.browser.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        return urls

    @staticmethod
    def same_origin(url):
        if url.startswith("data:") or url == "about:blank":
            return True
        return "{0.scheme}://{0.netloc}".format(urlsplit(url)) == BASE

    def wait(self, condition, seconds=15):
        return WebDriverWait(self.browser, seconds).until(condition)

    def visible(self, selector):
        return self.wait(EC.visibility_of_element_located((By.CSS_SELECTOR, selector)))

    def texts(self, selector):
        """The rendered text of every match, read in one step so that a view redrawn meanwhile cannot break it."""
        script = "return [...document.querySelectorAll(arguments[0])].map((element) => element.innerText.trim())"
        return self.browser.execute_script(script, selector)

    def idle(self):
        self.wait(lambda browser: browser.find_element(By.ID, "main").get_attribute("aria-busy") == "false")

    def shoot(self, name):
        """The current view at every size, as SHOTS/NAME-SIZE.png."""
        for size, (width, height) in SIZES.items():
            self.browser.set_window_size(width, height)
            self.browser.execute_script("return document.fonts.ready")
            self.browser.save_screenshot(os.path.join(SHOTS, f"{name}-{size}.png"))
        self.browser.set_window_size(*SIZES["desktop"])

    def search_for(self, words):
        field = self.visible("#search-q")
        field.clear()
        field.send_keys(words)
        self.wait(lambda browser: self.browser.find_element(By.ID, "results").get_attribute("data-query") == words)

    # Views

    def test_search_as_you_type_then_open_a_result_and_see_its_neighbours(self):
        self.idle()
        self.search_for("Casa de Acogida")
        self.assertIn("Casa de Acogida Migrante CDMX", self.texts("#results li a"))
        self.shoot("search")
        link = next(a for a in self.browser.find_elements(By.CSS_SELECTOR, "#results li a")
                    if a.text == "Casa de Acogida Migrante CDMX")
        link.click()
        name = self.visible("#entity-name")
        self.assertTrue(name.text.startswith("Casa de Acogida Migrante CDMX"))
        self.idle()
        groups = self.texts("#neighbours h3")
        self.assertTrue(any(group.startswith("supports") for group in groups), groups)
        self.assertIn("Network of Sanctuary Cities", self.texts("#neighbours li a"))
        self.assertIn("Mexico City", self.texts(".facts a"))
        self.assertIn("migration", self.texts(".chips a"))
        self.assertTrue(any("3-organizations.csv" in text for text in self.texts("#sources li")))
        # A shelter: its place is given at city precision, and the page says so.
        self.assertTrue(self.browser.find_element(By.CSS_SELECTOR, ".notice").is_displayed())
        self.shoot("entity")

    def test_a_city_with_many_neighbours_shows_them_a_page_at_a_time(self):
        with urlopen(BASE + "/v1/entities?q=Lyon&kind=city") as response:
            lyon = json.load(response)["results"][0]["id"]
        self.browser.get(f"{BASE}/#/entity/{lyon}")
        self.visible("#entity-name")
        self.idle()
        self.assertEqual(self.texts("#neighbours h3"), ["home of (60)"])
        self.assertEqual(len(self.texts("#neighbours li")), 50)
        self.browser.find_element(By.ID, "more-neighbours").click()
        self.wait(lambda browser: len(self.texts("#neighbours li a")) == 60)
        names = self.texts("#neighbours li a")
        self.assertEqual(names, [f"Collectif lyonnais {n:02}" for n in range(1, 61)])
        self.assertEqual(self.browser.find_elements(By.ID, "more-neighbours"), [])

    def test_filters_narrow_the_results(self):
        self.idle()
        Select(self.visible("#filter-kind")).select_by_value("city")
        self.wait(lambda browser: self.texts("#results .kind") and set(self.texts("#results .kind")) == {"city"})
        country = self.browser.find_element(By.ID, "filter-country")
        country.send_keys("de")
        self.wait(lambda browser: "Berlin" in self.texts("#results li a") and len(self.texts("#results li a")) <= 5)
        self.assertTrue(all(text == "DE" for text in self.texts("#results .country")))
        Select(self.browser.find_element(By.ID, "filter-kind")).select_by_value("")
        self.wait(lambda browser: len(set(self.texts("#results .kind"))) > 1)
        theme = Select(self.browser.find_element(By.ID, "filter-theme"))
        theme.select_by_visible_text("anti-fascism")
        self.wait(lambda browser: "Kölner Netzwerk gegen Rechts" in self.texts("#results li a"))

    def test_the_keyboard_alone_searches_and_opens_a_result(self):
        self.idle()
        body = self.browser.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.TAB)
        self.assertEqual(self.browser.switch_to.active_element.get_attribute("class"), "skip")
        self.browser.switch_to.active_element.send_keys(Keys.ENTER)
        self.assertEqual(self.browser.switch_to.active_element.get_attribute("id"), "main")
        self.browser.switch_to.active_element.send_keys(Keys.TAB)
        self.assertEqual(self.browser.switch_to.active_element.get_attribute("id"), "search-q")
        self.browser.switch_to.active_element.send_keys("Red Jurídica")
        self.wait(lambda browser: self.browser.find_element(By.ID, "results").get_attribute("data-query") == "Red Jurídica")
        self.assertIn("Red Jurídica Migrante", self.texts("#results li a"))
        for _ in range(6):
            self.browser.switch_to.active_element.send_keys(Keys.TAB)
            if self.browser.switch_to.active_element.text == "Red Jurídica Migrante":
                break
        self.browser.switch_to.active_element.send_keys(Keys.ENTER)
        self.assertTrue(self.visible("#entity-name").text.startswith("Red Jurídica Migrante"))

    def test_a_connection_is_a_chain_of_labelled_hops(self):
        self.browser.get(BASE + "/#/connections")
        self.idle()
        self.visible("#connection-from").send_keys("CETRI - Centre tricontinental")
        self.browser.find_element(By.ID, "connection-to").send_keys("Red Jurídica Migrante")
        self.browser.find_element(By.ID, "connect").click()
        self.wait(lambda browser: self.texts("#paths .path h2"))
        self.idle()
        chain = self.texts("#paths .path:first-child .stop a")
        self.assertEqual(chain[0], "CETRI - Centre tricontinental")
        self.assertEqual(chain[-1], "Red Jurídica Migrante")
        hops = self.texts("#paths .path:first-child .hop")
        self.assertEqual(len(hops), len(chain) - 1)
        self.assertTrue(hops[0].startswith("member of"), hops)
        self.shoot("connections")

    def test_the_map_draws_the_cities_and_a_click_shows_who_is_there(self):
        self.browser.get(BASE + "/#/map")
        self.idle()
        self.assertGreater(len(self.browser.find_elements(By.CSS_SELECTOR, ".world-map .land path")), 150)
        markers = self.browser.find_elements(By.CSS_SELECTOR, "a.marker")
        self.assertGreater(len(markers), 40)
        self.shoot("map")
        self.browser.find_element(By.CSS_SELECTOR, 'a.marker[aria-label^="Caracas,"] circle').click()
        panel = self.visible("#place")
        self.assertIn("Caracas", panel.find_element(By.TAG_NAME, "h2").text)
        self.assertIn("Asamblea de Resistencia Caracas", self.texts("#place li a"))
        self.assertTrue(self.browser.current_url.endswith("#/map/39"), self.browser.current_url)
        # The chosen city is shown with its region, where a crowded place can be told apart and clicked.
        self.browser.get(BASE + "/#/map/39")
        self.browser.find_element(By.CSS_SELECTOR, 'a.marker[aria-label^="Bogotá,"] circle').click()
        self.wait(lambda browser: self.browser.current_url.endswith("#/map/40"))
        self.browser.get(BASE + "/#/map/24")
        self.idle()
        self.browser.find_element(By.CSS_SELECTOR, 'a.marker[aria-label^="Mexico City,"] circle').click()
        self.wait(lambda browser: "Casa de Acogida Migrante CDMX" in self.texts("#place li a"))
        self.shoot("map-city")

    def test_convergences_show_where_themes_meet_on_the_map_and_as_a_list(self):
        self.browser.get(BASE + "/#/convergences")
        self.idle()
        for theme in ("migration", "anti-fascism"):
            self.visible(f'input[value="{theme}"]').click()
        self.browser.find_element(By.ID, "converge").click()
        self.wait(lambda browser: self.texts(".meeting-places > li"))
        self.idle()
        self.assertIn("Kraków", self.texts(".meeting-places > li > a"))
        self.assertEqual(
            len(self.browser.find_elements(By.CSS_SELECTOR, "#convergences a.marker.highlighted")),
            len(self.texts(".meeting-places > li")))
        self.assertIn("World Movement Against Fascism", self.texts(".meeting-campaigns > li > a"))
        self.shoot("convergences")

    def test_the_interface_speaks_spanish_french_and_portuguese(self):
        self.idle()
        expected = {"es": ("Buscar", "Mapa"), "fr": ("Recherche", "Carte"), "pt": ("Pesquisar", "Mapa")}
        for code, (search, map_) in expected.items():
            Select(self.browser.find_element(By.ID, "language")).select_by_value(code)
            self.wait(lambda browser: self.browser.find_element(By.CSS_SELECTOR, 'nav a[data-view="search"]').text == search)
            self.assertEqual(self.browser.find_element(By.CSS_SELECTOR, 'nav a[data-view="map"]').text, map_)
            self.assertEqual(self.browser.find_element(By.TAG_NAME, "html").get_attribute("lang"), code)
        self.browser.get(BASE + "/#/entity/79")
        self.browser.refresh()
        self.idle()
        self.assertIn("apoia", self.texts("#neighbours h3")[0] + " ".join(self.texts("#neighbours h3")))
        self.shoot("entity-pt")

    @unittest.skipUnless(PARTNER_TOKEN, "SANCTUARY_PARTNER_TOKEN names a partner's token of the served directory")
    def test_a_partner_token_shows_partners_entries_in_this_tab_but_never_in_the_widget(self):
        self.idle()
        self.visible("#search-q").send_keys("Albergue")
        self.wait(lambda browser: self.texts(".status") == ["Nothing found."])
        self.browser.find_element(By.CSS_SELECTOR, ".token summary").click()
        self.visible("#token").send_keys(PARTNER_TOKEN + Keys.ENTER)
        self.wait(lambda browser: self.browser.find_element(By.ID, "token-state").text == "Partner view")
        self.assertEqual(self.browser.find_element(By.ID, "token").get_attribute("value"), "")
        self.search_for("Albergue")
        self.assertEqual(self.texts("#results li a"), ["Albergue Frontera Norte"])
        # The widget asks as the public even in a tab that holds a token.
        self.browser.get(BASE + "/embed?theme=shelter&in=Tijuana")
        self.wait(lambda browser: self.texts("#embed[aria-busy=false]"))
        self.assertNotIn("Albergue Frontera Norte", self.texts("#embed a"))
        self.browser.get(BASE + "/#/search")
        self.idle()
        self.assertEqual(self.browser.find_element(By.ID, "token-state").text, "Partner view")
        self.browser.find_element(By.CSS_SELECTOR, ".token summary").click()
        self.visible("#token-clear").click()
        self.visible("#search-q").send_keys("Albergue")
        self.wait(lambda browser: self.texts(".status") == ["Nothing found."])

    def test_the_widget_lists_who_works_on_a_theme_in_a_place_inside_another_sites_frame(self):
        page = f"/embed?theme=migration&in={quote('Mexico City')}&lang=es"
        self.browser.get(BASE + page)
        self.wait(lambda browser: self.texts(".embed-list li a"))
        self.assertIn("Casa de Acogida Migrante CDMX", self.texts(".embed-list li a"))
        self.assertEqual(self.browser.find_element(By.CSS_SELECTOR, "a.open").text, "Abrir el directorio")
        self.shoot("embed")
        self.browser.get(BASE + "/embed?theme=migration&view=map")
        self.wait(lambda browser: self.browser.find_elements(By.CSS_SELECTOR, "a.marker"))
        self.shoot("embed-map")
        # A partner's page, on another origin, frames it; the full page refuses to be framed.
        with PartnerSite(f'<iframe id="w" width="400" height="300" src="{BASE}{page}"></iframe>'
                         f'<iframe id="p" width="400" height="300" src="{BASE}/"></iframe>') as partner:
            self.other_origins.add(partner.origin)
            self.browser.get(partner.origin + "/index.html")
        self.browser.switch_to.frame(self.browser.find_element(By.ID, "w"))
        self.wait(lambda browser: "Casa de Acogida Migrante CDMX" in self.texts(".embed-list li a"))
        self.browser.switch_to.default_content()
        self.browser.switch_to.frame(self.browser.find_element(By.ID, "p"))
        self.assertEqual(self.browser.find_elements(By.ID, "main"), [])
        self.browser.switch_to.default_content()
        self.browser.get_log("browser")  # the refused frame is logged as an error, as it should be


class PartnerSite:
    """A page on another origin (a port of 127.0.0.1 of its own), served while the block runs."""

    def __init__(self, body):
        self.folder = tempfile.TemporaryDirectory()
        with open(os.path.join(self.folder.name, "index.html"), "w") as page:
            page.write(f"<!doctype html><title>A partner</title><p>Our partners:</p>{body}")

    def __enter__(self):
        handler = functools.partial(QuietHandler, directory=self.folder.name)
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        return self

    def __exit__(self, *error):
        self.server.shutdown()
        self.server.server_close()
        self.folder.cleanup()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *arguments):
        pass


if __name__ == "__main__":
    unittest.main(verbosity=2)
