"""The API's documentation page (Swagger UI) under its Content-Security-Policy."""

import pytest
from playwright.sync_api import sync_playwright

from habar.conftest import CHROMIUM_ARGS

# Swagger UI's needs: its script, stylesheet and icons from here, the schema fetched.
DOCS_POLICY = {
    "default-src": {"'none'"},
    "script-src": {"'self'"},
    "style-src": {"'self'"},
    "img-src": {"'self'", "data:"},
    "connect-src": {"'self'"},
    "base-uri": {"'none'"},
    "form-action": {"'none'"},
    "frame-ancestors": {"'none'"},
}
# Records every CSP violation of the page, from before its first script runs.
WATCH_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`);
});
"""


def policy(response):
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {name: set(sources) for name, *sources in directives}


def test_the_docs_policy_allows_what_swagger_ui_needs_and_no_more(api, tree):
    assert policy(api("docs/")) == DOCS_POLICY


def test_the_docs_keep_their_policy_when_not_modified(api, tree):
    etag = api("docs/")["ETag"]
    response = api("docs/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert policy(response) == DOCS_POLICY


def test_other_api_answers_keep_the_sites_policy(api, tree):
    assert "frame-src" in policy(api("openapi.json"))


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_swagger_ui_works_under_its_policy(live_server):
    # Chromium of the test's own, closed before the database is reset: Django refuses
    # database calls while Playwright's event loop runs.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        page = browser.new_page()
        page.add_init_script(WATCH_VIOLATIONS)
        page.goto(f"{live_server.url}/api/v1/docs/")
        page.locator(".opblock-summary", has_text="/api/v1/sites/").click()
        page.get_by_role("button", name="Try it out").click()
        page.get_by_role("button", name="Execute").click()
        status = page.locator(".live-responses-table .response .response-col_status")
        status.wait_for()
        shown = status.inner_text()
        violations = page.evaluate("window.cspViolations")
        browser.close()

    assert shown.strip() == "200"
    assert violations == []
