#!/usr/bin/python3
"""The softphone through AT-SPI, as a screen reader meets it (run by run.sh, inside a private
D-Bus session under Xvfb). Starts gws-sim and the softphone logged in to it, then fails on:
- a control on screen that takes the focus or is acted on, without a name (logged in, and
  again with a number typed);
- the agent-state button's description not saying the state ("Agent state: ...");
- no announcement naming the caller within a few seconds of a call ringing, nor one of the
  call answered (through AT-SPI's action on the Answer button);
- an unnamed control on a call.
Prints which AT-SPI events reached the bus, so a failure says what Qt sent instead."""

import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.request

import pyatspi
from gi.repository import GLib

CALLER_NAME = "Jane Doe"
CALLER_NUMBER = "+15550100061"
AGENT = ("agent1", "5001")
APP_TIMEOUT_S = 30      # the program shown, logged in and on the AT-SPI bus (sanitizers: slow)
ANNOUNCE_TIMEOUT_S = 8  # a ringing call said

# Roles a user acts on: unnamed, they are an icon standing alone, focusable or not (the
# tool bars' buttons take no focus; their shortcuts and the screen reader's review reach them).
ACTIONABLE_ROLES = {"push button", "toggle button", "check box", "radio button", "combo box",
                    "text", "password text", "spin button", "slider", "menu item",
                    "check menu item", "radio menu item", "page tab", "link"}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


def wait_for(predicate, timeout_s, step_s=0.1):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step_s)
    return None


def start(args, log_path, env=None):
    log = open(log_path, "w")
    return subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env)


def grep(path, pattern):
    try:
        with open(path) as f:
            match = re.search(pattern, f.read(), re.M)
            return match and match.group(0)
    except OSError:
        return None


def post(url, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as reply:
        return json.loads(reply.read() or b"{}")


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def walk(node, path=(), depth=0):
    """Every object under node, with the path of roles that leads to it."""
    if node is None or depth > 40:
        return
    yield node, path
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, path + (node.getRoleName(),), depth + 1)


def describe(node, path):
    try:
        return "%s in %s (description %r)" % (node.getRoleName(), " > ".join(path[-4:]),
                                               node.description)
    except Exception:
        return "an object that vanished"



def is_clear_button(node):
    parent = node.parent
    return (node.getRoleName() == "push button" and parent is not None
            and parent.getRoleName() == "text" and parent.name == "Number to dial")


def check_names(app, stage):
    """Every control on screen that takes the focus or is acted on has a name."""
    checked = 0
    for node, path in walk(app):
        try:
            states = node.getState()
            role = node.getRoleName()
        except Exception:
            continue
        if not states.contains(pyatspi.STATE_SHOWING):
            continue
        if not (states.contains(pyatspi.STATE_FOCUSABLE) or role in ACTIONABLE_ROLES):
            continue
        checked += 1
        if not (node.name or "").strip():
            fail("%s: control without a name: %s" % (stage, describe(node, path)))
    print("names (%s): %d controls on screen checked" % (stage, checked), flush=True)
    if checked < 10:
        fail("%s: only %d controls found: the tree was not read" % (stage, checked))


def number_field(app):
    for node, _ in walk(app):
        if node.getRoleName() == "text" and node.name == "Number to dial":
            return node
    return None


def check_names_with_a_number(app):
    """Again with a number typed (as an assistive technology can type it): the field's clear
    button shows."""
    field = number_field(app)
    if field is None:
        fail("no number field (\"Number to dial\") in the tree")
        return
    field.queryEditableText().setTextContents("5550100")
    if not wait_for(lambda: any(is_clear_button(field.getChildAtIndex(i))
                                for i in range(field.childCount)), 3):
        fail("the number field shows no clear button with a number in it")
        return
    check_names(app, "with a number typed")
    field.queryEditableText().setTextContents("")


def check_agent_state(app):
    button = None
    for node, _ in walk(app):
        try:
            if node.getRoleName() == "push button" and (
                    node.name == "Agent state" or (node.description or "").startswith("Agent state")):
                button = node
                break
        except Exception:
            continue
    if button is None:
        fail("no agent-state button (name \"Agent state\") in the tree")
        return
    description = button.description or ""
    # "Agent state: Not Ready - Lunch, 4 minutes": the state, not only what the button is.
    if not description.startswith("Agent state:"):
        fail("agent-state description %r does not start with \"Agent state:\"" % description)


def listen(pid, what, act, expected, delay_ms=0):
    """Does `act` (after delay_ms) and listens until the app shows a notification whose name
    contains `expected` - what Orca presents - or ANNOUNCE_TIMEOUT_S pass. Prints the events
    the app sent meanwhile, so a failure says what Qt sent instead."""
    heard = []  # (event type, detail1, role, name) of every event from the app
    announced = []

    def on_event(event):
        try:
            source = event.source
            if source is None or source.get_process_id() != pid:
                return
            role = source.getRoleName()
            name = source.name or ""
        except Exception:
            return
        heard.append((event.type, event.detail1, role, name))
        if (role == "notification" and expected in name
                and event.type.startswith("object:state-changed:showing") and event.detail1 == 1):
            announced.append(name)
            pyatspi.Registry.stop()

    def act_once():
        act()
        return False

    def give_up():
        pyatspi.Registry.stop()
        return False

    events = ["object:state-changed:showing", "object:property-change:accessible-name",
              "object:text-changed", "object:children-changed", "object:announcement",
              "window:activate"]
    pyatspi.Registry.registerEventListener(on_event, *events)
    GLib.timeout_add(delay_ms, act_once)
    GLib.timeout_add(delay_ms + ANNOUNCE_TIMEOUT_S * 1000, give_up)
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(on_event, *events)

    kinds = {}
    for kind, detail, role, name in heard:
        kinds.setdefault("%s(%d) on %s" % (kind, detail, role), []).append(name)
    print("events from the app when %s:" % what, flush=True)
    for kind, names in sorted(kinds.items()):
        print("  %s x%d, e.g. %r" % (kind, len(names), names[-1]), flush=True)
    if announced:
        print("announced: %r" % announced[0], flush=True)
    else:
        fail("no announcement with %r within %d s when %s" % (expected, ANNOUNCE_TIMEOUT_S, what))
    return bool(announced)


def check_announcements(app, sim_url, pid):
    """A call rings (the caller's name said), then is answered through AT-SPI's action on the
    Answer button, as a screen-reader user presses it (said again: the line shows anew)."""
    def ring():
        post(sim_url + "/sim/calls", {"from": CALLER_NUMBER, "to": AGENT[1],
                                      "userData": {"CustomerName": CALLER_NAME}})

    # A moment first for the program to learn that someone listens (the registry tells it).
    if not listen(pid, "a call rang", ring, CALLER_NAME, delay_ms=800):
        return
    answer = None
    for node, _ in walk(app):
        if node.getRoleName() == "push button" and node.name == "Answer " + CALLER_NAME:
            answer = node
            break
    if answer is None:
        fail("no button \"Answer %s\" while the call rings" % CALLER_NAME)
        return
    if listen(pid, "the call was answered", lambda: answer.queryAction().doAction(0),
              "%s answered" % CALLER_NAME):
        check_names(app, "on a call")  # the call card, the keypad's tones, the wrap-up notes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("softphone")
    parser.add_argument("gwssim")
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    work = args.work
    children = []
    try:
        sim_log = os.path.join(work, "sim.log")
        children.append(start([args.gwssim, "--port", "0"], sim_log))
        sim_url = wait_for(lambda: grep(sim_log, r"http://127\.0\.0\.1:[0-9]+"), 10)
        if not sim_url:
            fail("gws-sim did not start")
            return
        app_log = os.path.join(work, "softphone.log")
        env = dict(os.environ, SOFTPHONE_PASSWORD=AGENT[0])
        app = start([args.softphone, "--server", sim_url, "--user", AGENT[0], "--report-ready"],
                    app_log, env)
        children.append(app)
        if not wait_for(lambda: grep(app_log, r"^ready .*"), APP_TIMEOUT_S):
            fail("the softphone did not log in within %d s" % APP_TIMEOUT_S)
            print(open(app_log).read())
            return
        node = wait_for(lambda: find_app(app.pid), APP_TIMEOUT_S, 0.2)
        if node is None:
            fail("the softphone is not on the AT-SPI bus")
            return
        # Its main window, with content.
        if not wait_for(lambda: node.childCount > 0 and node.getChildAtIndex(0).childCount > 0,
                        APP_TIMEOUT_S, 0.2):
            fail("the softphone's window is not in its accessibility tree")
            return
        started = time.monotonic()
        check_names(node, "logged in")
        check_names_with_a_number(node)
        check_agent_state(node)
        print("tree checked in %.1f s" % (time.monotonic() - started), flush=True)
        check_announcements(node, sim_url, app.pid)
    finally:
        for child in reversed(children):
            child.terminate()
        for child in reversed(children):
            try:
                child.wait(timeout=3)
            except subprocess.TimeoutExpired:
                child.kill()


if __name__ == "__main__":
    main()
    if failures:
        print("a11y: %d failure(s)" % len(failures), flush=True)
        sys.exit(1)
    print("a11y: passed", flush=True)
