"""`diff` on real histories: consecutive published versions of four public APIs
(../shared/specs/history, see its SOURCES.md), each pair with what it must report.

Each expectation was read off the two documents (SOURCES.md describes every pair) and
is stated by what does not depend on our naming rules where it can: the HTTP route of a
method, a field or an enum value. Optic's verdict on each pair is saved beside it
(`<old>__<new>.optic.txt`); its count of failed checks is pinned here too, and each
pair's row of the README's comparison table is checked against both.

Every pair runs in `make test`: building the two IRs of the largest (4 MB Telnyx
documents) takes about 7 s, the whole set about 35 s of one core.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.diff import Change, Kind, Report, compare
from generator.ir.model import Api
from generator.pipeline import build_api

HISTORY = Path(__file__).resolve().parents[2] / "shared" / "specs" / "history"
README = Path(__file__).resolve().parents[1] / "README.md"


@dataclass(frozen=True)
class Pair:
    api: str
    old: str
    new: str
    bump: str
    optic: int | None  # Optic's failed checks (all breaking-change findings); None: no verdict
    # (kind, text) that some change of that kind must contain; kind None: any kind
    present: tuple[tuple[Kind, str], ...] = ()
    # text that no change of that kind may contain (None: of any kind)
    absent: tuple[tuple[Kind | None, str], ...] = ()
    counts: dict[Kind, int] = field(default_factory=dict)  # exact counts where they matter

    @property
    def name(self) -> str:
        return f"{self.api}/{self.old.split('.')[0]}__{self.new.split('.')[0]}"


PAIRS = [
    Pair(
        "twilio-api-v2010",
        "2022-01-12-f5cf05e8.json",
        "2022-03-09-6349dc89.json",
        bump="minor",
        optic=15,
        present=(
            (
                "additive",
                "(`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams.json`): new method",
            ),
            ("additive", "new optional parameter `include_soft_deleted`"),
            # Optic's 15 findings are these: response enums gaining a value.
            ("additive", "new value(s) `'deleted'` (generated enums are open"),
            ("additive", "new value(s) `'a2p-registration-fees'` (generated enums are open"),
        ),
        counts={"callers": 0, "readers": 0},
    ),
    Pair(
        "twilio-api-v2010",
        "2023-09-07-c99358b8.json",
        "2023-10-05-31401571.json",
        bump="major",
        optic=4,
        present=(
            # An optional form field removed: Optic does not flag it.
            (
                "callers",
                "(`POST /2010-04-01/Accounts/{AccountSid}/Messages.json`): parameter `tags` removed",
            ),
            ("readers", "`types.ApiV2010AccountMessage`: field `tags` removed"),
            ("additive", "(`DELETE /2010-04-01/SafeList/Numbers.json`): new method"),
        ),
        counts={"callers": 1, "readers": 1},
    ),
    Pair(
        "twilio-api-v2010",
        "2024-01-14-45eef8d4.json",
        "2024-02-27-40e29590.json",
        bump="major",
        optic=50,
        present=(
            (
                "callers",
                "(`GET /2010-04-01/Accounts/{AccountSid}/Calls/FeedbackSummary/{Sid}.json`): method removed",
            ),
            (
                "callers",
                "(`GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Feedback.json`): method removed",
            ),
        ),
        absent=((None, "new method"),),
    ),
    Pair(
        "asana",
        "2023-05-31-0d59d1ef.yaml",
        "2023-06-29-65c34e9d.yaml",
        bump="major",
        optic=64,
        present=(
            # The path parameter renamed: the same URL, but keyword calls break.
            (
                "callers",
                "(`GET /status_updates/{status_update_gid}`): parameter `status_gid` renamed to `status_update_gid` (calls that pass it by position still work)",
            ),
            (
                "callers",
                "(`DELETE /status_updates/{status_update_gid}`): parameter `status_gid` renamed",
            ),
            # Optional query parameters removed: Optic does not flag them.
            (
                "callers",
                "(`POST /portfolios/{portfolio_gid}/addCustomFieldSetting`): parameter `opt_fields` removed",
            ),
            (
                "callers",
                "(`GET /workspaces/{workspace_gid}/audit_log_events`): parameter `opt_fields` removed",
            ),
            # current_status no longer takes None in a project request.
            ("callers", "field `current_status` takes"),
            ("additive", "(`DELETE /project_templates/{project_template_gid}`): new method"),
        ),
        absent=(
            ("callers", "method removed"),
            # Optic's response findings on current_status: the field was optional (so
            # `X | None` to a reader) before and after.
            ("readers", "current_status"),
        ),
    ),
    Pair(
        "asana",
        "2024-12-16-016acdb3.yaml",
        "2025-01-10-9c2a39e4.yaml",
        bump="major",
        optic=22,
        present=(
            # The opt_fields enums lose a value on 24 operations: Optic lists, does not flag.
            ("callers", "`'custom_fields.resource_subtype'` no longer accepted"),
            ("callers", "`'custom_field.resource_subtype'` no longer accepted"),
            ("callers", "new required field `resource_subtype`"),
            ("readers", "`types.CustomFieldCompact`: field `resource_subtype` removed"),
            # Optic counts this widening (string to string or object) as breaking.
            ("additive", "field `custom_field` takes `str | CustomFieldRequestParam` (was `str`)"),
            # A response union loses a member: fewer cases for readers.
            ("additive", "CustomFieldMembershipCompact"),
        ),
    ),
    Pair(
        "asana",
        "2025-10-29-d7e594a3.yaml",
        "2025-11-20-cac8ed83.yaml",
        bump="major",
        optic=3,
        present=(
            ("callers", "`'box'`, `'vimeo'` no longer accepted"),
            (
                "callers",
                "field `attributable_to` takes `str` (was `ProjectCompactParam`): narrowed",
            ),
            ("additive", "(`DELETE /budgets/{budget_gid}`): new method"),
            # An item below a one-operation leaf: the method becomes a collection.
            ("callers", "renamed to `client.workspaces.users.list`"),
        ),
        counts={"callers": 5, "readers": 1},
    ),
    Pair(
        "box",
        "2023-11-17-4a053235.json",
        "2024-01-03-49e65bc0.json",
        bump="major",
        optic=107,
        present=(
            (
                "callers",
                "(`DELETE /metadata_templates/enterprise/securityClassification-6VMVochwUWo/schema`): method removed",
            ),
            ("callers", "field `op` is now required"),
            ("readers", "field `next_marker` is `str | None` (was `int (int64) | None`)"),
            ("readers", "field `limit` is `str` (was `int (int64)`)"),
            # Response fields made required: readers see fewer Nones.
            ("additive", "`types.Collaboration`: field `id` is now always set"),
            ("additive", "new field `signer_group_id`"),
            # The removed operation's types shared a short name with this one's.
            ("callers", "`types.MetadataTemplatesSchemaDeleteScope`: removed"),
        ),
    ),
    Pair(
        "box",
        "2025-02-21-7448dd3c.json",
        "2025-04-15-5b5d3dea.json",
        bump="minor",
        optic=9,
        present=(
            ("additive", "(`GET /integration_mappings/teams`): new method"),
            ("additive", "`types.TemplateSigner`: new field `is_password_required`"),
        ),
        # Optic's findings on the Slack mapping come from allOf branches flattened into
        # one schema: the fields and their required flags are the same to us. The old
        # version refers to TemplateSigner (an allOf of one part) from two places: one
        # class, so there is no TemplateSigner2 copy to lose when the new one has one.
        absent=(
            (None, "partner_item"),
            (None, "box_item"),
            (None, "created_at"),
            (None, "TemplateSigner2"),
        ),
        counts={"callers": 0, "readers": 0},
    ),
    Pair(
        "box",
        "2026-03-17-d57e24ba.json",
        "2026-04-22-7273044c.json",
        bump="major",
        optic=0,
        present=(
            # An enum value removed from query array items: Optic passes it.
            ("callers", "`'tag'` no longer accepted; used by `client.search.retrieve`"),
            ("additive", "new value(s) `'tags'`"),
            ("additive", "new optional parameter `include_reference`"),
            # A reference described in place whose schema went from a union to an object.
            (
                "readers",
                "field `assigned_to` is `LegalHoldPolicyAssignedItem, a model` (was "
                "`LegalHoldPolicyAssignedItem = File | Folder | WebLink`)",
            ),
        ),
        counts={"callers": 1, "readers": 1},
    ),
    Pair(
        "telnyx",
        "2025-09-29-6f540669.yml",
        "2025-10-24-701dbe79.yml",
        bump="major",
        optic=30,
        present=(
            (
                "callers",
                "(`PATCH /advanced_orders/{order_id}`): renamed to `client.advanced_orders.update_requirement_group`",
            ),
            (
                "callers",
                "now calls `PATCH /advanced_orders/{advanced-order-id}/requirement_group` (was `PATCH /advanced_orders/{order_id}`)",
            ),
            ("callers", "parameter `order_id` renamed to `advanced_order_id`"),
            # Optic: 21 enum findings for values added, 4 for required fields inside
            # the new optional custom_headers items.
            ("additive", "new value(s) `'expired'` (generated enums are open"),
            ("additive", "new optional parameter `custom_headers`"),
        ),
        absent=(("callers", "custom_headers"), ("callers", "CustomHeaders")),
        counts={"readers": 0},
    ),
    Pair(
        "telnyx",
        "2025-10-24-701dbe79.yml",
        "2025-11-17-f1ce476c.yml",
        bump="major",
        optic=4,
        present=(
            ("callers", "`types.NoiseSuppressionEngine`: value(s) `'A'`, `'B'` no longer accepted"),
            ("additive", "new value(s) `'Denoiser'`, `'DeepFilterNet'`"),
            ("additive", "(`DELETE /ai/mcp_servers/{mcp_server_id}`): new method"),
            # A path below the one-operation leaf `chat`: the method becomes a resource.
            ("callers", "renamed to `client.ai.assistants.chat.create`"),
        ),
        counts={"readers": 0},
    ),
    Pair(
        "telnyx",
        "2026-06-10-1cedae47.yml",
        "2026-07-02-f2db6b6c.yml",
        bump="major",
        optic=None,  # Optic stops: "Set maximum size exceeded"
        present=(
            # SOURCES.md calls this pair additive: on the wire it is. 27 operationIds
            # changed (DeleteCanaryDeploy -> delete_canary_deploy_assistants_...) and two
            # operations now share ListPhoneNumbers (the later one numbered, with a
            # warning), but methods are named after their routes: none is renamed.
            # The usage-report bodies went from application/json to */*: one `body=`
            # argument instead of keyword fields.
            (
                "callers",
                "(`POST /legacy/reporting/usage_reports/voice`): new required parameter `body`",
            ),
            (
                "callers",
                "(`POST /legacy/reporting/usage_reports/voice`): parameter `start_time` removed",
            ),
            # A one-value enum (a Literal) gained a value: callers may pass more.
            ("additive", "parameter `credential_type` takes"),
            ("additive", "(`DELETE /storage/kvs/{id}/keys/{key}`): new method"),
        ),
        absent=(("callers", "credential_type"), ("callers", "renamed to")),
    ),
]


@functools.cache
def api(path: Path) -> Api:
    return build_api(path)


def report(pair: Pair) -> Report:
    return _report(pair.api, pair.old, pair.new)


@functools.cache
def _report(name: str, old: str, new: str) -> Report:
    folder = HISTORY / name
    return compare(api(folder / old), api(folder / new))


def text(change: Change) -> str:
    """The change's line in the changelog."""
    return change.markdown()


def optic_failures(pair: Pair) -> int | None:
    verdict = (HISTORY / pair.api / f"{pair.name.split('/')[1]}.optic.txt").read_text("utf-8")
    found = re.search(r"Checks: (\d+)/(\d+) passed", verdict)
    return None if found is None else int(found.group(2)) - int(found.group(1))


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.name)
def test_history_pair(pair: Pair) -> None:
    assert optic_failures(pair) == pair.optic
    # The README's row: Optic's count, ours by kind, our bump.
    optic = "no verdict" if pair.optic is None else str(pair.optic)
    row = readme_row(pair)[1:4]
    found = report(pair)
    counts = found.counts()
    ours = " / ".join(str(counts[k]) for k in ("callers", "readers", "additive", "docs"))
    assert row == [optic, ours, pair.bump], (row, [optic, ours, pair.bump])
    assert found.bump == pair.bump
    entries = {
        kind: [text(c) for c in found.of(kind)]
        for kind in ("callers", "readers", "additive", "docs")
    }
    for kind, needle in pair.present:
        assert any(needle in entry for entry in entries[kind]), (kind, needle, entries[kind][:20])
    for maybe_kind, needle in pair.absent:
        kinds = [maybe_kind] if maybe_kind else list(entries)
        hits = [e for k in kinds for e in entries[k] if needle in e]
        assert not hits, (maybe_kind, needle, hits)
    for kind, count in pair.counts.items():
        assert len(entries[kind]) == count, (kind, entries[kind])


def readme_row(pair: Pair) -> list[str]:
    """The pair's row of the README's comparison table, as cells."""
    text = README.read_text("utf-8")
    table = text.split("<!-- history: begin -->")[1].split("<!-- history: end -->")[0]
    row = next((line for line in table.splitlines() if f"`{pair.name}`" in line), None)
    assert row is not None, f"no row for {pair.name} in the README's history table"
    return [cell.strip() for cell in row.strip("|").split("|")]
