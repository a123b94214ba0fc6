"""The map in Chromium: every point drawn, links from the list to the map and back, the
keyboard, and pins cut by the map's edge. Properties of any archive, never its counts."""

from __future__ import annotations

import time

import pytest
from reader_tab import AXE, explorer

pytestmark = pytest.mark.browser


def test_the_map_shows_every_point_and_links_both_ways(reader, site_url, shipped):
    records = explorer(shipped.output)
    points = sum(bool(r["point"]) + len(r["also"]) for r in records["incidents"])
    if not points:
        pytest.skip("no incident of this archive has a point")
    tab = reader()
    # A filter that keeps everything fits the map to every point (an unfiltered timeline
    # opens at TIMELINE_MAP_VIEW, where points outside it are not drawn).
    page = tab.open(f"{site_url}/?from=1900-01-01")
    page.wait_for_selector(".map[data-state=shown]")

    def drawn():
        # Read in one go: the clusters are drawn again as the map zooms.
        return page.evaluate(
            "[...document.querySelectorAll('.map .marker-cluster')]"
            ".reduce((n, c) => n + parseInt(c.textContent, 10), 0)"
            " + document.querySelectorAll('.map .pin').length"
        )

    # Fitting the map to points far apart zooms out in an animation, and the clusters are
    # drawn again at its end: the count is read once it has settled.
    deadline = time.monotonic() + 5
    while drawn() != points and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert drawn() == points

    # From the list to the map: the button opens the incident's popup, which links back.
    located = next(r for r in records["incidents"] if r["point"])
    page = tab.open(f"{site_url}/?from={located['start']}&to={located['end']}")
    card = page.locator(f".filtered-list [data-incident='{located['id']}']")
    card.get_by_role("button", name="On the map").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.get_by_role("link", name=located["title"], exact=True).count() == 1

    # With the keyboard alone: a marker takes focus and Enter opens its popup.
    page = tab.open(f"{site_url}/{located['url']}")
    marker = page.locator(".map .pin").first
    marker.focus()
    page.keyboard.press("Enter")
    page.locator(".leaflet-popup-content").wait_for()
    assert tab.errors == []


def settled_box(page, locator) -> dict:
    """Return the element's box once the map's fitting animation has stopped moving it."""
    box, deadline = locator.bounding_box(), time.monotonic() + 5
    while time.monotonic() < deadline:
        page.wait_for_timeout(300)
        if box == (box := locator.bounding_box()):
            break
    return box


def drag_map(page, by_y: float) -> None:
    """Drag the map vertically from its top right corner, slowly enough to leave no glide."""
    box = page.locator(".map").bounding_box()
    x, y = box["x"] + box["width"] - 40, box["y"] + 60
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x, y + by_y, steps=20)
    page.wait_for_timeout(300)
    page.mouse.up()


def lone_pin(reader, site_url, shipped):
    """Open the page of an incident whose map holds one pin; return the tab, page, pin and
    how far to drag the map to put half the pin below its bottom edge (the credits' edge)."""
    alone = [r for r in explorer(shipped.output)["incidents"] if r["point"] and not r["also"]]
    if not alone:
        pytest.skip("no incident of this archive has a map of one point")
    tab = reader()
    page = tab.open(f"{site_url}/{alone[0]['url']}")
    page.wait_for_selector(".map[data-state=shown] .pin")
    pin = page.locator(".map .pin").first
    map_box, pin_box = page.locator(".map").bounding_box(), settled_box(page, pin)
    to_edge = map_box["y"] + map_box["height"] - (pin_box["y"] + pin_box["height"] / 2)
    return tab, page, pin, to_edge


def test_a_pin_cut_by_the_maps_edge_is_no_target_until_shown_whole(reader, site_url, shipped):
    tab, page, pin, to_edge = lone_pin(reader, site_url, shipped)
    drag_map(page, to_edge)
    page.wait_for_function("e => e.classList.contains('target-cut')", arg=pin.element_handle())
    assert pin.evaluate("e => (e.focus(), document.activeElement !== e)")
    assert pin.evaluate("e => e.inert")  # out of the accessibility tree too
    # Still drawn: a dot the size it was, not hidden.
    assert pin.evaluate("e => getComputedStyle(e, '::before').visibility") == "visible"
    assert pin.bounding_box()["width"] > 0
    page.add_script_tag(path=str(AXE))
    cramped = page.evaluate(
        "axe.run('.map', {runOnly: {type: 'rule', values: ['target-size']}})"
        ".then(r => r.violations.length)"
    )
    assert cramped == 0
    drag_map(page, -to_edge)
    page.wait_for_function("e => !e.classList.contains('target-cut')", arg=pin.element_handle())
    assert pin.evaluate("e => (e.focus(), document.activeElement === e)")
    assert tab.errors == []


def test_the_pin_whose_popup_is_open_is_never_taken_away(reader, site_url, shipped):
    tab, page, pin, to_edge = lone_pin(reader, site_url, shipped)
    pin.focus()
    page.keyboard.press("Enter")
    page.locator(".leaflet-popup-content").wait_for()
    drag_map(page, to_edge)
    page.wait_for_timeout(300)
    assert page.locator(".leaflet-popup-content").count() == 1
    assert not pin.evaluate("e => e.classList.contains('target-cut') || e.inert")
    # The drag did cut the pin: once its popup closes, it is taken away.
    page.keyboard.press("Escape")
    pin.evaluate("e => e.blur()")
    drag_map(page, 1)
    page.wait_for_function("e => e.classList.contains('target-cut')", arg=pin.element_handle())
    assert tab.errors == []
