"""The review page: the templates the server has seen, a chart of its labels over the last hour,
and per template a control to set its label (an override), served on `review_port`.

Plain server-rendered HTML with a little JavaScript (sorting, the label controls); no build step.
Off by default, on loopback unless `review_host` says otherwise, behind `auth_token` when one is
set (sent as `Authorization: Bearer ...` or as `?token=` in the page's address, which the page
keeps in its links and requests).
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import re
import ssl
from collections import Counter
from dataclasses import asdict
from typing import Any, Final

from aiohttp import web

from server.overrides import Override, OverrideError, teach
from server.pipeline import Pipeline
from server.security import BEARER, bearer_matches
from server.sites import start_site
from server.template_book import UNCERTAIN_BELOW, TemplateBook, TemplateEntry, TemplateQuery

log = logging.getLogger(__name__)

PAGE_PATH: Final = "/"
TEMPLATES_PATH: Final = "/api/templates"
TEACH_PATH: Final = "/api/teach"
# The start-up line naming the page's address; tools started with port 0 read the port from it.
LOG_LINE_FORMAT: Final = "review page on http%s://%s:%d/"
LOG_LINE: Final = re.compile(r"review page on https?://(\S+):(\d+)/")
ROWS_SHOWN: Final = 500

_SCRIPT: Final = """
const token = new URLSearchParams(location.search).get("token");
function sortBy(column, numeric) {
  const body = document.querySelector("#templates tbody");
  const rows = Array.from(body.rows);
  const header = document.querySelectorAll("#templates th")[column];
  const down = header.dataset.order !== "down";
  document.querySelectorAll("#templates th").forEach(h => delete h.dataset.order);
  header.dataset.order = down ? "down" : "up";
  rows.sort((a, b) => {
    const x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
    const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
    return down ? -order : order;
  });
  rows.forEach(row => body.appendChild(row));
}
async function setLabel(button) {
  const row = button.closest("tr");
  const label = row.querySelector("select").value;
  const headers = {"Content-Type": "application/json"};
  if (token) headers["Authorization"] = "Bearer " + token;
  const reply = await fetch("/api/teach", {method: "POST", headers,
    body: JSON.stringify({template_id: row.dataset.template, label})});
  const answer = await reply.json();
  const status = row.querySelector(".status");
  status.textContent = reply.ok ? "taught: " + label : answer.error;
  status.className = reply.ok ? "status ok" : "status failed";
  if (reply.ok) { row.querySelector(".label").textContent = label;
                  row.querySelector(".tier").textContent = "override"; }
}
"""

_STYLE: Final = """
body { font: 14px system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
th { cursor: pointer; background: #f4f4f4; user-select: none; }
th[data-order=down]::after { content: " \\25BC"; } th[data-order=up]::after { content: " \\25B2"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-size: 12px; } .sample { color: #666; font-size: 12px; }
.bar { display: flex; align-items: center; gap: 8px; margin: 2px 0; }
.bar span.name { width: 12em; } .bar span.fill { background: #4a7bd0; height: 14px; }
.status.ok { color: #1a7f37; } .status.failed { color: #c62828; }
form.filters { margin: 1em 0; display: flex; gap: 1em; align-items: end; flex-wrap: wrap; }
"""


def _cell(value: object, sort_value: object | None = None, css: str = "") -> str:
    sort_key = html.escape(str(value if sort_value is None else sort_value), quote=True)
    klass = f' class="{css}"' if css else ""
    return f'<td data-value="{sort_key}"{klass}>{html.escape(str(value))}</td>'


def _row(entry: TemplateEntry, labels: tuple[str, ...]) -> str:
    options = "".join(
        f"<option{' selected' if label == entry.label else ''}>{html.escape(label)}</option>"
        for label in labels
    )
    template = (
        f'<td data-value="{html.escape(entry.template, quote=True)}"><code>'
        f"{html.escape(entry.template)}</code><div class=sample>{html.escape(entry.sample)}"
        "</div></td>"
    )
    return (
        f'<tr data-template="{html.escape(entry.template_id, quote=True)}">'
        + _cell(entry.count, css="num")
        + _cell(entry.label, css="label")
        + _cell(f"{entry.confidence:.2f}", entry.confidence, css="num")
        + _cell(entry.tier, css="tier")
        + _cell(", ".join(entry.sources))
        + template
        + _cell(entry.template_id)
        + f'<td><select aria-label="label">{options}</select> '
        '<button onclick="setLabel(this)">Set</button> <span class=status></span></td>' + "</tr>"
    )


def _chart(book: TemplateBook) -> str:
    totals: Counter[str] = Counter()
    for _, counts in book.labels_by_minute():
        totals.update(counts)
    if not totals:
        return "<p>No records in the last hour.</p>"
    most = max(totals.values())
    bars = "".join(
        f"<div class=bar><span class=name>{html.escape(label)}</span>"
        f'<span class=fill style="width:{max(1, round(300 * count / most))}px"></span>'
        f"<span>{count}</span></div>"
        for label, count in totals.most_common()
    )
    return f'<div id="chart">{bars}</div>'


def _filters(query: TemplateQuery, labels: tuple[str, ...], token: str | None) -> str:
    options = "".join(
        f"<option{' selected' if label == query.label else ''}>{html.escape(label)}</option>"
        for label in ("", *labels)
    )
    hidden = (
        f'<input type=hidden name=token value="{html.escape(token, quote=True)}">' if token else ""
    )
    checked = " checked" if query.uncertain else ""
    return (
        "<form class=filters method=get>"
        f"<label>Label <select name=label>{options}</select></label>"
        f'<label>Source <input name=source value="{html.escape(query.source, quote=True)}">'
        "</label>"
        f'<label>Below confidence <input name=below size=4 value="{query.below_confidence or ""}">'
        "</label>"
        f"<label><input type=checkbox name=uncertain value=1{checked}> Uncertain "
        f"(Unclassified or below {query.below_confidence or UNCERTAIN_BELOW})</label>"
        f"{hidden}<button>Filter</button></form>"
    )


def render_page(
    book: TemplateBook,
    query: TemplateQuery,
    labels: tuple[str, ...],
    overrides_note: str,
    token: str | None,
) -> str:
    """The whole review page."""
    entries = book.entries(query)
    columns = (
        ("count", True),
        ("label", False),
        ("confidence", True),
        ("tier", False),
        ("sources", False),
        ("template (first line seen below)", False),
        ("id", False),
    )
    headers = "".join(
        f'<th onclick="sortBy({i}, {str(numeric).lower()})">{name}</th>'
        for i, (name, numeric) in enumerate(columns)
    )
    rows = "".join(_row(entry, labels) for entry in entries)
    return f"""<!doctype html>
<html lang=en><head><meta charset=utf-8><title>logclass review</title>
<style>{_STYLE}</style></head><body>
<h1>logclass: what the sidecar does with your logs</h1>
<p>{len(book)} templates seen; {len(entries)} shown. {html.escape(overrides_note)}</p>
<h2>Labels over the last hour</h2>
{_chart(book)}
<h2>Templates</h2>
{_filters(query, labels, token)}
<table id=templates><thead><tr>{headers}<th>set label</th></tr></thead>
<tbody>{rows}</tbody></table>
<script>{_SCRIPT}</script>
</body></html>
"""


def _query(params: Any) -> TemplateQuery:
    try:
        below = float(params.get("below") or 0.0)
    except ValueError:
        raise web.HTTPBadRequest(text="below: expected a number") from None
    return TemplateQuery(
        label=params.get("label", ""),
        source=params.get("source", ""),
        below_confidence=below,
        uncertain=params.get("uncertain", "") not in ("", "0", "false"),
        limit=ROWS_SHOWN,
    )


class ReviewPage:
    """The review page's site on `host:port`, reading the pipeline's book and writing its
    overrides file."""

    def __init__(
        self,
        pipeline: Pipeline,
        host: str,
        port: int,
        auth_token: str | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if pipeline.book is None:
            raise ValueError("the review page needs the template book (template_book_size > 0)")
        self._pipeline = pipeline
        self._book: TemplateBook = pipeline.book
        self._host, self._port = host, port
        self._token = auth_token
        self._ssl_context = ssl_context
        self._runner: web.AppRunner | None = None
        self.port = 0

    def _authorized(self, request: web.Request) -> bool:
        if self._token is None:
            return True
        header = request.headers.get("Authorization", "")
        if not header.startswith(BEARER) or header == BEARER:  # else the page's ?token=
            header = BEARER + request.query.get("token", "")
        return bearer_matches(header, self._token)

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if not self._authorized(request):
            return web.json_response({"error": "a token is needed"}, status=401)
        response: web.StreamResponse = await handler(request)
        return response

    def _labels(self) -> tuple[str, ...]:
        return self._pipeline.labels()

    def _overrides_note(self) -> str:
        overrides = self._pipeline.overrides
        if overrides is None:
            return "Setting labels needs an overrides file: set overrides_path."
        return f"{len(overrides.current.entries)} overrides in force from {overrides.path}."

    async def _page(self, request: web.Request) -> web.Response:
        token = request.query.get("token") or None
        body = render_page(
            self._book, _query(request.query), self._labels(), self._overrides_note(), token
        )
        return web.Response(text=body, content_type="text/html")

    async def _templates(self, request: web.Request) -> web.Response:
        entries = self._book.entries(_query(request.query))
        return web.json_response(
            {"held": len(self._book), "templates": [asdict(entry) for entry in entries]}
        )

    async def _teach(self, request: web.Request) -> web.Response:
        overrides = self._pipeline.overrides
        if overrides is None:
            return web.json_response(
                {"error": "no overrides file: set overrides_path (LOGCLASS_OVERRIDES)"},
                status=409,
            )
        # Only JSON: a cross-site form can post text/plain without asking (no CORS preflight),
        # never application/json.
        if request.content_type != "application/json":
            return web.json_response({"error": "expected application/json"}, status=415)
        try:
            body = json.loads(await request.read())
            template_id, label = str(body["template_id"]), str(body["label"])
        except (ValueError, KeyError, TypeError, RecursionError):
            return web.json_response(
                {"error": 'expected {"template_id": "...", "label": "..."}'}, status=400
            )
        entry = self._book.get(template_id)
        if entry is None:
            return web.json_response({"error": f"no template {template_id}"}, status=404)
        taught = Override(
            name=template_id,
            label=label,
            template_id=template_id,
            template=entry.template,
            sample=entry.sample,
        )
        try:
            # The file is written and synced in a thread: the event loop serves classifications.
            written = await asyncio.to_thread(teach, overrides.path, [taught], overrides.labels)
        except (OverrideError, OSError) as exc:
            return web.json_response({"error": str(exc)}, status=400)
        overrides.reload()
        log.info("review page: template %s taught %s", template_id, label)
        return web.json_response({"taught": template_id, "label": label, "held": len(written)})

    async def start(self) -> int:
        """Listen; the port bound (the one asked for, or a free one for 0)."""
        app = web.Application(middlewares=[self._guard], client_max_size=64 * 1024)
        app.router.add_get(PAGE_PATH, self._page)
        app.router.add_get(TEMPLATES_PATH, self._templates)
        app.router.add_post(TEACH_PATH, self._teach)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        self.port = await start_site(
            self._runner,
            self._host,
            self._port,
            what="review page",
            setting="review_port",
            env="LOGCLASS_REVIEW_PORT",
            ssl_context=self._ssl_context,
        )
        log.info(LOG_LINE_FORMAT, "s" if self._ssl_context else "", self._host, self.port)
        return self.port

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
