# SPDX-License-Identifier: Apache-2.0
"""The page of `subvention serve`, in a real browser (headless Chromium driven by Selenium):
the seed's text pasted and checked gives the command line's diagnostics, grouped by severity;
clicking one highlights the sentence it rests on; the tabs answer the keyboard; a deadline and
identifiers are computed. Saves a screenshot.
Usage: page_test.py SUBVENTION-PROGRAM SEED-TEXT SCREENSHOT.png"""
import json
import re
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

program, seed_path, screenshot = sys.argv[1:4]
failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)
        print("ÉCHEC :", what, file=sys.stderr)


server = subprocess.Popen([program, "serve", "--listen", "127.0.0.1:0"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
url = server.stdout.readline().split(" : ", 1)[1].strip()
seed = open(seed_path, encoding="utf-8").read()
cli = json.loads(subprocess.run([program, "check", "--text", seed_path, "--format", "json"],
                                capture_output=True, text=True, check=False).stdout)
expected = {s: [d["rule"] for d in cli["diagnostics"] + cli["extraction"] if d["severity"] == s]
            for s in ("error", "warning", "info")}

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
# Closed network: no background connection, no first-run, a fresh profile.
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", "--window-size=1400,1000",
             "--user-data-dir=" + tempfile.mkdtemp(prefix="subvention-chromium-")):
    options.add_argument(flag)
browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(browser, 30)
try:
    browser.get(url)
    expect(browser.title.startswith("subvention"), "titre de la page")
    # The text goes in as a user's paste would leave it (send_keys of 18 000 characters is slow).
    area = browser.find_element(By.ID, "text")
    browser.execute_script("arguments[0].value = arguments[1];", area, seed)
    browser.find_element(By.ID, "check-button").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "button.diagnostic")))
    shown = {}
    for severity in ("error", "warning", "info"):
        shown[severity] = [b.get_attribute("data-rule") for b in browser.find_elements(
            By.CSS_SELECTOR, f".group.{severity} button.diagnostic")]
    expect(shown == expected, f"diagnostics de la page {shown} ≠ ligne de commande {expected}")
    status = browser.find_element(By.ID, "check-status").text
    expect(f"{cli['summary']['warning']} avertissement" in status, "bilan : " + status)

    # A diagnostic whose printed passage is in the text: clicking it highlights that passage.
    target = next(d for d in cli["diagnostics"] if d["rule"] == "VOTE-TALLY-EXCEEDS")
    button = browser.find_element(By.CSS_SELECTOR, 'button.diagnostic[data-rule="VOTE-TALLY-EXCEEDS"]')
    button.click()
    mark = wait.until(ec.presence_of_element_located((By.ID, "highlight")))
    normalise = lambda s: re.sub(r"\s+", " ", s).strip()
    expect(normalise(mark.text) == normalise(target["location"]["text"]),
           f"passage surligné « {mark.text} » ≠ « {target['location']['text']} »")
    expect(button.get_attribute("aria-pressed") == "true", "bouton pressé")
    browser.save_screenshot(screenshot)

    # The tabs with the keyboard: right arrow from the first tab selects the second.
    first = browser.find_element(By.ID, "tab-check")
    first.send_keys(Keys.ARROW_RIGHT)
    expect(browser.find_element(By.ID, "tab-tools").get_attribute("aria-selected") == "true",
           "flèche droite sur les onglets")
    expect(browser.find_element(By.ID, "panel-tools").is_displayed(), "panneau des outils")
    # A deadline: 20 March 2024 + 1 month = 20 April 2024, a Saturday → Monday 22 April.
    browser.execute_script("document.getElementById('from').value = '2024-03-20';")
    count = browser.find_element(By.ID, "count")
    count.clear()
    count.send_keys("1")
    browser.find_element(By.CSS_SELECTOR, "#deadline-form button").click()
    wait.until(lambda b: "Échéance" in b.find_element(By.ID, "deadline-result").text)
    expect("22 avril 2024" in browser.find_element(By.ID, "deadline-result").text,
           "échéance : " + browser.find_element(By.ID, "deadline-result").text)
    # Identifiers.
    browser.find_element(By.ID, "id-values").send_keys("440 672 020 00037\n44067202000038")
    browser.find_element(By.CSS_SELECTOR, "#ids-form button").click()
    wait.until(lambda b: "valide(s)" in b.find_element(By.ID, "ids-status").text)
    expect(browser.find_element(By.ID, "ids-status").text == "1 valide(s) sur 2.",
           "identifiants : " + browser.find_element(By.ID, "ids-status").text)
finally:
    browser.quit()
    server.terminate()
    server.wait(timeout=10)

if failures:
    sys.exit(1)
print("page_test.py : la page répond comme la ligne de commande ; capture :", screenshot)
