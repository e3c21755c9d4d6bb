"""The studio in real headless Chromium: a conversation of several turns with the meter and
the feedback card moving, the report at the end, bad input, script that must not run, a
crash and restart mid-session, history, scoring a transcript, and logins kept apart."""

from __future__ import annotations

import json

import pytest

from simulator.store import Store

pytestmark = pytest.mark.browser

XSS = "<img src=x onerror=alert(1)>"
TURNS = [
    "Hi! That bed looks wonderful. What are you growing this year?",
    "I only moved onto the street a few months ago and I barely know anyone yet. "
    "How long have you been gardening here?",
    "It sounds like this place means a lot to you. What do you enjoy most about it?",
    "I'd love to help out on a Saturday if that would be useful. Would that be all right with you?",
]


# --- helpers -------------------------------------------------------------------------


def open_studio(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#start-btn", state="visible", timeout=30_000)


def start_conversation(page) -> None:
    page.click("#start-btn")
    page.wait_for_selector('#meter .meter[data-turn="0"]', timeout=15_000)


def send(page, text: str, turn: int) -> None:
    """Send one message and wait until the meter and the card show that turn."""
    page.fill("#msg textarea", text)
    page.click("#send-btn")
    page.wait_for_selector(f'#meter .meter[data-turn="{turn}"]', timeout=15_000)
    page.wait_for_selector(f'#feedback-card .feedback[data-turn="{turn}"]', timeout=15_000)


def meter(page) -> dict[str, str]:
    el = page.locator("#meter .meter")
    return {k: el.get_attribute(f"data-{k}") for k in ("turn", "trust", "openness")}


def chat_text(page) -> str:
    return page.locator("#chat").inner_text()


# --- the main journey ----------------------------------------------------------------


def test_a_conversation_moves_the_meter_updates_feedback_and_ends_in_a_report(
    page, shared_app, snap
) -> None:
    open_studio(page, shared_app.url)
    assert page.locator("#persona-card .success").is_visible()
    snap(page, "01-start-page")
    start_conversation(page)
    trust = [float(meter(page)["trust"])]
    cards = []
    for n, text in enumerate(TURNS, start=1):
        send(page, text, n)
        trust.append(float(meter(page)["trust"]))
        cards.append(page.locator("#feedback-card").inner_text())
        assert text[:40] in chat_text(page)
        if n == 2:
            snap(page, "02-practice-two-turns")
    snap(page, "03-practice-four-turns")

    assert len(set(trust)) > 1, f"the meter never moved: {trust}"
    assert len(set(cards)) == len(TURNS), "the feedback card did not change every turn"
    assert "Your turn 4" in cards[-1] and "/100" in cards[-1]
    assert page.locator("#trust-plot").is_visible()

    page.click("#end-btn")
    page.wait_for_selector("#practice-report-head .report-head", timeout=15_000)
    head = page.locator("#practice-report-head").inner_text()
    assert "/100" in head and "4 of your turns scored" in head
    assert "Outcome" in head
    for part in ("#practice-criterion-chart", "#practice-metrics", "#practice-revisit",
                 "#practice-next", "#practice-export-md", "#practice-export-json"):
        assert page.locator(part).first.is_visible(), part
    with page.expect_download() as download:
        page.click("#practice-export-md")
    markdown = open(download.value.path(), encoding="utf-8").read()
    assert markdown.startswith("# Your conversation with") and "## Criterion scores" in markdown
    with page.expect_download() as download:
        page.click("#practice-export-json")
    exported = json.load(open(download.value.path(), encoding="utf-8"))
    assert exported["report"]["summary"]["learner_turns"] == 4

    suggestion = page.locator("#practice-next").inner_text()
    assert "What to practise next" in suggestion
    snap(page, "04-report")

    page.click("#again-btn")  # back to the start, with the suggested persona chosen
    page.wait_for_selector("#start-btn", state="visible")
    suggested = page.locator("#persona-card h3").inner_text()
    assert f"Practise with {suggested}" in suggestion

    page.get_by_role("tab", name="History").click()
    page.wait_for_selector("#history-table", state="visible")
    page.wait_for_function("document.querySelector('#history-table').innerText.includes('ended')")
    page.click("#history-open-btn")
    page.wait_for_selector("#history-report-head .report-head", timeout=15_000)
    snap(page, "05-history")
    assert page.dialogs == []


def test_script_in_a_message_is_shown_as_text_and_never_runs(page, shared_app, snap) -> None:
    open_studio(page, shared_app.url)
    start_conversation(page)
    send(page, XSS, 1)
    page.wait_for_timeout(500)  # give an onerror handler every chance to fire

    assert XSS in chat_text(page)
    assert XSS in page.locator("#feedback-card blockquote").inner_text()
    assert page.locator("img[src='x']").count() == 0
    assert page.dialogs == []
    snap(page, "06-xss-message")


def test_empty_and_overlong_messages_are_refused_without_losing_the_text(page, shared_app, snap) -> None:
    open_studio(page, shared_app.url)
    start_conversation(page)
    before = chat_text(page)

    page.click("#send-btn")
    page.wait_for_selector("#hint .hint.info")
    assert "Type something" in page.locator("#hint").inner_text()

    long_text = "I wanted to say " + "a great deal " * 320  # over 4,000 characters
    page.fill("#msg textarea", long_text)
    page.click("#send-btn")
    page.wait_for_selector("#hint .hint.warn")
    assert "too long" in page.locator("#hint").inner_text()
    assert page.locator("#msg textarea").input_value() == long_text
    assert chat_text(page) == before and meter(page)["turn"] == "0"
    snap(page, "07-too-long")


def test_try_that_again_takes_the_last_turn_back(page, shared_app, snap) -> None:
    open_studio(page, shared_app.url)
    start_conversation(page)
    send(page, TURNS[0], 1)
    send(page, "So anyway, do you know a good plumber?", 2)

    page.click("#retry-btn")
    page.wait_for_selector('#meter .meter[data-turn="1"]')
    page.wait_for_selector('#feedback-card .feedback[data-turn="1"]')
    assert page.locator("#msg textarea").input_value() == "So anyway, do you know a good plumber?"
    assert "plumber" not in chat_text(page)
    assert "will not count" in page.locator("#hint").inner_text()
    send(page, TURNS[1], 2)
    snap(page, "08-try-again")


def test_rehearsal_mode_with_another_persona_holds_feedback_until_the_end(page, shared_app, snap) -> None:
    open_studio(page, shared_app.url)
    first = page.locator("#persona-card h3").inner_text()
    page.click("#persona-picker input")
    options = page.get_by_role("option")
    options.nth(options.count() - 1).click()  # the last persona in the list
    page.wait_for_function(
        f"document.querySelector('#persona-card h3').innerText !== {first!r}"
    )
    chosen = page.locator("#persona-card h3").inner_text()
    page.get_by_label("Rehearsal: talk it through, feedback at the end").check()
    start_conversation(page)
    assert chosen in page.locator("#convo-head").inner_text()

    page.fill("#msg textarea", TURNS[0])
    page.click("#send-btn")
    page.wait_for_selector('#meter .meter[data-turn="1"]', timeout=15_000)
    card = page.locator("#feedback-card").inner_text()
    assert "Rehearsal mode" in card and "Try next" not in card
    snap(page, "09-rehearsal")

    page.click("#end-btn")
    page.wait_for_selector("#practice-report-head .report-head", timeout=15_000)
    assert chosen in page.locator("#practice-report-head").inner_text()


def test_scoring_a_pasted_transcript_gives_the_report_and_runs_no_script(page, shared_app, snap) -> None:
    open_studio(page, shared_app.url)
    page.get_by_role("tab", name="Score a conversation").click()
    transcript = (
        "Rosa: Hello there, are you the new neighbour?\n"
        f"Me: Yes! {XSS} What are you growing?\n"
        "Rosa: Tomatoes, mostly. My late husband loved them.\n"
        "Me: Anyway, do you know when the bins go out?"
    )
    page.fill("#score-text textarea", transcript)
    page.fill("#score-learner input, #score-learner textarea", "Me")
    page.click("#score-btn")
    page.wait_for_selector("#score-report-head .report-head", timeout=15_000)
    assert "2 of your turns scored" in page.locator("#score-report-head").inner_text()
    page.wait_for_timeout(300)
    assert page.locator("img[src='x']").count() == 0
    assert page.dialogs == []
    snap(page, "10-score-transcript")


def test_an_uploaded_json_transcript_is_scored(page, shared_app, tmp_path) -> None:
    path = tmp_path / "talk.json"
    path.write_text(json.dumps({"turns": [
        {"speaker": "partner", "text": "I just started here last week."},
        {"speaker": "user", "text": f"Welcome! {XSS} How are you finding it so far?"},
    ]}), encoding="utf-8")
    open_studio(page, shared_app.url)
    page.get_by_role("tab", name="Score a conversation").click()
    page.set_input_files("#score-upload input[type='file']", str(path))
    page.wait_for_function("document.querySelector('#score-text textarea').value.includes('turns')")
    page.click("#score-btn")
    page.wait_for_selector("#score-report-head .report-head", timeout=15_000)
    assert "1 of your turns scored" in page.locator("#score-report-head").inner_text()
    assert page.locator("img[src='x']").count() == 0 and page.dialogs == []


# --- crash and restart ---------------------------------------------------------------


def test_a_session_survives_the_app_being_killed_mid_session(page, start_app, tmp_path, snap) -> None:
    db = tmp_path / "restart.db"
    first = start_app(db)
    open_studio(page, first.url)
    start_conversation(page)
    send(page, TURNS[0], 1)
    send(page, TURNS[1], 2)
    first.kill()

    second = start_app(db)
    open_studio(page, second.url)
    page.wait_for_selector("#resume-btn", state="visible", timeout=10_000)
    assert "2 turns" in page.locator("#resume-text").inner_text()
    snap(page, "11-resume-offer")
    page.click("#resume-btn")
    page.wait_for_selector('#meter .meter[data-turn="2"]', timeout=15_000)
    assert TURNS[1][:40] in chat_text(page)
    send(page, TURNS[2], 3)
    snap(page, "12-resumed-and-continued")

    store = Store(str(db))
    (record,) = store.list_sessions("local")
    assert record.turn_count == 3
    assert [r.index for r in store.load_results(record.id)] == [1, 3, 5]


def test_startup_serves_a_page_in_under_20_seconds(start_app) -> None:
    app = start_app()
    print(f"startup to served page: {app.startup_s:.2f} s")
    assert app.startup_s < 20


# --- logins --------------------------------------------------------------------------


def test_each_login_sees_only_its_own_sessions(page, start_app, snap) -> None:
    from gradio_client import Client

    app = start_app(None, "--auth", "ana:pw-ana", "--auth", "ben:pw-ben")
    ana = Client(app.url, auth=("ana", "pw-ana"), verbose=False)
    persona = ana.predict(api_name="/list_personas")[0]["id"]
    started = ana.predict(persona, "live", api_name="/start_session")
    ana.predict(started["session_id"], TURNS[0], api_name="/send_message")

    ben = Client(app.url, auth=("ben", "pw-ben"), verbose=False)
    with pytest.raises(Exception, match="no session"):
        ben.predict(started["session_id"], "Hello?", api_name="/send_message")

    page.goto(app.url)
    page.fill("input[data-testid='textbox']", "ben")
    page.fill("input[type='password']", "pw-ben")
    page.keyboard.press("Enter")
    page.wait_for_selector("#start-btn", state="visible", timeout=20_000)
    assert not page.locator("#resume-btn").is_visible()
    page.get_by_role("tab", name="History").click()
    page.wait_for_selector("#history-summary .card")
    assert "No sessions yet" in page.locator("#history-summary").inner_text()
    snap(page, "13-login-ben-history")
