"""How wide a table may be in the reader's window, measured in the browser.

A table's grid stretches every column alike to fill a wide window, so at 1400 px the explorer's
article column stayed about as narrow as at 900 px (116 px, titles in seven lines) while the
dates, places and metrics gained the same room. The page measures the room its tables have (the
main column's width, in steps of 20 px, again when the window or the sidebar changes) and gives a
table's spare room to the column that needs it (components.spare_room_to).

A report reruns the page, so the browser also keeps the room in a cookie: a new visit (a link, a
bookmark, a reload) starts with it and reruns only when the window has changed since."""

from __future__ import annotations

import streamlit as st

# session_state key of the last room reported; None until the browser has reported one
ROOM = "table_room"
COOKIE = "ktpulse_table_room"
_STEP = 20  # px: a resize of a few pixels does not rerun the page
_JS = f"""
export default function(component) {{
  const {{ setStateValue, data }} = component;
  const main = document.querySelector('[data-testid="stMainBlockContainer"]');
  if (!main) return;
  let last = (data && typeof data.room === 'number') ? data.room : null;  // the server knows it
  const report = () => {{
    const style = getComputedStyle(main);
    const room = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const stepped = Math.floor(room / {_STEP}) * {_STEP};
    if (stepped > 0 && stepped !== last) {{
      last = stepped;
      document.cookie = '{COOKIE}=' + stepped + '; path=/; max-age=31536000; SameSite=Lax';
      setStateValue('room', stepped);
    }}
  }};
  const observer = new ResizeObserver(report);
  observer.observe(main);
  report();
  return () => observer.disconnect();
}}
"""
_measure = st.components.v2.component("ktpulse_table_room", js=_JS)


def _room_from_cookie() -> int | None:
    """The room this browser measured on an earlier visit, if it said one."""
    try:
        said = st.context.cookies.get(COOKIE)
    except Exception:  # no browser session (a bare script run): nothing measured
        return None
    return int(said) if isinstance(said, str) and said.isdigit() and int(said) > 0 else None


def measure_table_room() -> None:
    """Mount the measure (every run, so it stays mounted across pages and reports only when the
    room changes) and keep its room in st.session_state[ROOM].

    Call it after st.navigation(): a report reruns the page, and a rerun asked before the browser
    has heard which page it is on opens the default page (a link to /taza showed the Overview)."""
    if ROOM not in st.session_state and (remembered := _room_from_cookie()) is not None:
        st.session_state[ROOM] = remembered
    known = st.session_state.get(ROOM)
    with st.sidebar:
        result = _measure(key="table_room_measure", data={"room": known}, on_room_change=lambda: None)
    room = result.get("room") if hasattr(result, "get") else None
    if isinstance(room, (int, float)):  # else the last room said (none yet: the pages' own widths)
        st.session_state[ROOM] = int(room)


def table_room() -> int | None:
    """The room a page's table has in pixels (its borders taken off), or None before the
    browser has said."""
    room = st.session_state.get(ROOM)
    return room - 4 if isinstance(room, int) else None
