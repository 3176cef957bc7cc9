"""An editor's browser in Wagtail's admin, for the browser tests: signing in with two
factors, a context that follows the editor form's saves, and the form's actions taken once
those have landed."""

import re
import time

from django_otp.oath import TOTP
from playwright.sync_api import expect

from .live import DEMO_PASSWORD

# Wagtail's editor form, followed in each page of an editor's context: when the person
# last typed, and when the form last took its contents as saved (w-unsaved's "watch-edits":
# first once the page is ready, then after each autosave).
AUTOSAVE_WATCH = """
window.habarForm = {typed: -1, saved: -2};
document.addEventListener("input", () => { habarForm.typed = performance.now(); }, true);
document.addEventListener("w-unsaved:watch-edits", () => { habarForm.saved = performance.now(); });
"""


def editor_context(browser, locale="en-US"):
    """A browser context for someone editing in the admin, on a desktop screen."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale=locale)
    context.add_init_script(AUTOSAVE_WATCH)
    return context


def settle(page, edited=False):
    """Let Wagtail's autosave of the editor's last change land before an action posts the
    same form: after an edit, wait until the form holds no change it has not taken as saved
    (typed before the page was ready, the change is part of what it started from)."""
    if edited:
        assert page.evaluate("'habarForm' in window"), "open the page in an editor_context()"
        page.wait_for_function("habarForm.saved > habarForm.typed")
    page.wait_for_load_state("networkidle")


def workflow_action(page, name, exact=False, edited=False):
    """Open the editor's footer action menu and pick one of its actions (`edited`: after
    a change to the form, once its autosave has landed)."""
    settle(page, edited)
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name=name, exact=exact).first.click()


def totp_code(live_habar, username):
    """The code the user's authenticator app shows, computed from the key the server stored."""
    key, step, t0, digits, last_t = live_habar.query(
        "SELECT d.key, d.step, d.t0, d.digits, d.last_t FROM otp_totp_totpdevice d "
        "JOIN auth_user u ON u.id = d.user_id WHERE u.username = ?",
        (username,),
    )[0]
    totp = TOTP(bytes.fromhex(key), step, t0, digits)
    while totp.t() <= last_t:  # a code is accepted once: the app shows the next one
        time.sleep(1)
        totp = TOTP(bytes.fromhex(key), step, t0, digits)
    return f"{totp.token():0{digits}d}"


def sign_in(page, live_habar, username):
    page.goto(live_habar.base_url + "/admin/login/")
    # By field name: the admin may speak the user's language.
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("form.login-form button[type=submit]").click()


def enter_code(page, code):
    page.locator("main input[name=code]").fill(code)
    page.locator("main input[name=code]").press("Enter")


def set_up_authenticator(page, live_habar, username):
    """On the set-up page: scan the key, enter the app's first code, keep the codes."""
    expect(page.locator("main figure svg")).to_be_visible()
    enter_code(page, totp_code(live_habar, username))
    expect(page.locator("main .habar-recovery-codes li")).to_have_count(10)
    page.locator("main a.button").click()
    expect(page).to_have_url(live_habar.base_url + "/admin/")


def sign_in_with_new_authenticator(page, live_habar, username):
    """First sign-in of someone who must use two factors: set up the app, keep the codes."""
    sign_in(page, live_habar, username)
    expect(page).to_have_url(f"{live_habar.base_url}/admin/two-factor/setup/?next=%2Fadmin%2F")
    set_up_authenticator(page, live_habar, username)


def sign_in_with_two_factor(page, live_habar, username):
    """Sign in with the authenticator, setting it up first if no earlier test has (the
    tests of one worker share its server)."""
    sign_in(page, live_habar, username)
    page.wait_for_url(re.compile(r"/admin/two-factor/"))
    if "/setup/" in page.url:
        set_up_authenticator(page, live_habar, username)
    else:
        enter_code(page, totp_code(live_habar, username))
        expect(page).to_have_url(live_habar.base_url + "/admin/")
