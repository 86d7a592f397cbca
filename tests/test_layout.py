"""Where operations go and what they are called (generator/ir/layout.py), from the HTTP
method and the URL's shape alone, and how clashes and explicit names are resolved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config
from generator.ir import inference, layout
from generator.load import load
from tests.test_ir import json_response, make_api, op


def names(*routes: str, lists: tuple[str, ...] = (), pages: tuple[str, ...] = ()) -> dict[str, str]:
    """`"GET /pets"` -> its dotted client path, inferred with all `routes` in one API;
    `lists`: the routes whose success response is a list; `pages`: those that page. A
    route may end with its summary: `"POST /messages | Send a message"`."""
    parsed = []
    for r in routes:
        method, path = r.partition(" | ")[0].split()
        summary = r.partition(" | ")[2]
        parsed.append(inference.Route(method.lower(), path, r in lists, r in pages, summary))
    placed = inference.infer(parsed)
    return {r: ".".join(p.resource + (p.name,)) for r, p in zip(routes, placed, strict=True)}


# (routes of one API, the ones whose response is a list, expected dotted paths)
TABLES: list[tuple[str, tuple[str, ...], tuple[str, ...], dict[str, str]]] = [
    (
        "what comes before a version is kept where paths differ there, less `api`",
        (
            "GET /video/v1/assets",
            "GET /video/v1/signing-keys",
            "GET /system/v1/signing-keys",
            "GET /data/v1/errors",
            "GET /api/2/issue/{id}",
            "GET /auth/1/session",
            "GET /api-reporting/v2/incidents",
        ),
        ("GET /video/v1/assets", "GET /video/v1/signing-keys", "GET /system/v1/signing-keys"),
        {
            "GET /video/v1/assets": "video.assets.list",
            "GET /video/v1/signing-keys": "video.signing_keys.list",
            "GET /system/v1/signing-keys": "system.signing_keys.list",
            "GET /data/v1/errors": "data.errors.retrieve",  # a lead has no leaf methods
            "GET /api/2/issue/{id}": "issue.retrieve",
            "GET /auth/1/session": "auth.session.retrieve",
            "GET /api-reporting/v2/incidents": "reporting.incidents.retrieve",
        },
    ),
    (
        "one place every versioned path is at is no resource",
        ("GET /api/v1/users", "GET /api/v1/users/{id}", "GET /health"),
        ("GET /api/v1/users",),
        {"GET /api/v1/users": "users.list", "GET /health": "health.retrieve"},
    ),
    (
        "a DELETE on a collection beside one on its items deletes in bulk",
        (
            "DELETE /recordings",
            "DELETE /recordings/{id}",
            "DELETE /sessions | Delete all sessions",
            "DELETE /sessions/{id}",
            "DELETE /archive | Empty the archive",
        ),
        (),
        {
            "DELETE /recordings": "recordings.delete_bulk",
            "DELETE /recordings/{id}": "recordings.delete",
            "DELETE /sessions | Delete all sessions": "sessions.delete_all",
            "DELETE /archive | Empty the archive": "archive.delete",  # no items: all of it
        },
    ),
    (
        "CRUD on a collection and its items",
        ("GET /pets", "POST /pets", "GET /pets/{id}", "PATCH /pets/{id}", "DELETE /pets/{id}"),
        ("GET /pets",),
        {
            "GET /pets": "pets.list",
            "POST /pets": "pets.create",
            "GET /pets/{id}": "pets.retrieve",
            "PATCH /pets/{id}": "pets.update",
            "DELETE /pets/{id}": "pets.delete",
        },
    ),
    (
        "PUT beside PATCH replaces, on an item or a collection; POST beside them creates; "
        "POST alone updates",
        (
            "PUT /docs/{id}",
            "PATCH /docs/{id}",
            "POST /docs/{id}",
            "POST /queues/{id}",
            "PUT /quote",
            "PATCH /quote",
        ),
        (),
        {
            "PUT /docs/{id}": "docs.replace",
            "PATCH /docs/{id}": "docs.update",
            "POST /docs/{id}": "docs.create",
            "POST /queues/{id}": "queues.update",
            "PUT /quote": "quote.replace",
            "PATCH /quote": "quote.update",
        },
    ),
    (
        "a collection with no item below and no list in its response is one thing",
        ("GET /balance", "GET /pets", "GET /pets/{id}"),
        (),
        {"GET /balance": "balance.retrieve", "GET /pets": "pets.list"},
    ),
    (
        "static leaves are methods of their parent resource",
        (
            "POST /calls/{id}/actions/hangup",
            "POST /calls/{id}/actions/answer",
            "POST /calls/{id}/actions/record_start",
            "GET /calls/{id}",
        ),
        (),
        {
            "POST /calls/{id}/actions/hangup": "calls.actions.hangup",
            "POST /calls/{id}/actions/answer": "calls.actions.answer",
            "POST /calls/{id}/actions/record_start": "calls.actions.start_recording",
            "GET /calls/{id}": "calls.retrieve",
        },
    ),
    (
        "a verb phrase leads with its verb; a verb started or stopped is a doing",
        (
            "POST /calls/{id}/actions/playback_start",
            "POST /calls/{id}/actions/fork_stop",
            "POST /calls/{id}/actions/record_pause",
            "POST /hosted_orders/{id}/actions/file_upload",
            "POST /calls/{id}/actions/ai_assistant_join",
            "GET /calls/{id}",
        ),
        (),
        {
            "POST /calls/{id}/actions/playback_start": "calls.actions.start_playback",
            "POST /calls/{id}/actions/fork_stop": "calls.actions.stop_forking",
            "POST /calls/{id}/actions/ai_assistant_join": "calls.actions.join_ai_assistant",
            "POST /calls/{id}/actions/record_pause": "calls.actions.pause_recording",
            "POST /hosted_orders/{id}/actions/file_upload": "hosted_orders.actions.upload_file",
        },
    ),
    (
        "a leaf that leads with a preposition says how: its method is the verb + the leaf",
        ("POST /voice_clones/from_upload", "GET /voice_clones/{id}", "GET /voice_clones"),
        ("GET /voice_clones",),
        {"POST /voice_clones/from_upload": "voice_clones.create_from_upload"},
    ),
    (
        "a #fragment telling operations on one URL apart names the method",
        (
            "GET /files/{id}",
            "GET /files/{id}#get_shared_link",
            "PUT /files/{id}#add_shared_link",
            "PUT /files/{id}#remove_shared_link",
            "GET /shared_items#folders",
            "POST /oauth2/token#refresh",
            "POST /oauth2/token",
        ),
        (),
        {
            "GET /files/{id}": "files.retrieve",
            "GET /files/{id}#get_shared_link": "files.get_shared_link",
            "PUT /files/{id}#add_shared_link": "files.add_shared_link",
            "PUT /files/{id}#remove_shared_link": "files.remove_shared_link",
            "GET /shared_items#folders": "shared_items.retrieve_folders",  # a noun: read
            "POST /oauth2/token#refresh": "oauth2.token.refresh",
            "POST /oauth2/token": "oauth2.token.create",
        },
    ),
    (
        "a segment with a literal beside its parameter is named by the literal",
        ("GET /files/{id}/thumbnail.{extension}", "GET /files/{id}", "GET /calls/{sid}.json"),
        (),
        {
            "GET /files/{id}/thumbnail.{extension}": "files.retrieve_thumbnail",
            "GET /files/{id}": "files.retrieve",
            "GET /calls/{sid}.json": "calls.retrieve",
        },
    ),
    (
        "a leaf with one operation and nothing below: verb + leaf on the parent",
        (
            "GET /text-to-speech/voices",
            "GET /sims/{id}/public_ip",
            "PATCH /comments/{id}/read",
            "PATCH /orders/{id}/cancel",
            "DELETE /emails/{id}/schedule",
            "GET /documents/{id}/download",
            "GET /libraries/{id}/share",
            "GET /sims/{id}",
            "GET /comments",
            "GET /orders",
            "GET /emails",
            "GET /documents",
            "GET /libraries",
            "GET /me/albums/contains",
            "GET /me/albums",
        ),
        ("GET /text-to-speech/voices", "GET /me/albums/contains"),
        {
            "GET /text-to-speech/voices": "text_to_speech.list_voices",
            "GET /sims/{id}/public_ip": "sims.retrieve_public_ip",
            "PATCH /comments/{id}/read": "comments.update_read",
            "PATCH /orders/{id}/cancel": "orders.cancel",  # a verb says it all
            "DELETE /emails/{id}/schedule": "emails.delete_schedule",
            "GET /documents/{id}/download": "documents.download",
            "GET /libraries/{id}/share": "libraries.retrieve_share",  # a GET only reads
            "GET /me/albums/contains": "me.albums.contains",  # Spotify: a question asked
        },
    ),
    (
        "sub-collections of an item are resources of their own",
        (
            "GET /porting_orders/{id}/comments",
            "POST /porting_orders/{id}/comments",
            "GET /porting_orders/{id}",
        ),
        ("GET /porting_orders/{id}/comments",),
        {
            "GET /porting_orders/{id}/comments": "porting_orders.comments.list",
            "POST /porting_orders/{id}/comments": "porting_orders.comments.create",
        },
    ),
    (
        "a verb leaf with items below is a collection; a keyword noun is its plural",
        (
            "POST /blocks/import",
            "GET /blocks/import/{id}",
            "POST /assistants/import",
            "GET /files/global/{id}",
            "GET /files/global/{id}/cards",
        ),
        (),
        {
            "POST /blocks/import": "blocks.imports.create",
            "GET /blocks/import/{id}": "blocks.imports.retrieve",
            "POST /assistants/import": "assistants.imports",
            "GET /files/global/{id}": "files.global_.retrieve",
        },
    ),
    (
        "a leading version is left out, one inside the path is kept",
        ("GET /v2/things", "POST /ai/anthropic/v1/messages", "GET /ai/models"),
        ("GET /v2/things",),
        {
            "GET /v2/things": "things.list",
            "POST /ai/anthropic/v1/messages": "ai.anthropic.v1.messages",
            "GET /ai/models": "ai.retrieve_models",
        },
    ),
    (
        "kebab-case, camelCase and file extensions",
        (
            "GET /2010-04-01/Accounts/{sid}/Calls.json",
            "POST /2010-04-01/Accounts/{sid}/Calls.json",
            "GET /brand/{id}/smsOtp",
            "GET /brand/{id}",
        ),
        ("GET /2010-04-01/Accounts/{sid}/Calls.json",),
        {
            "GET /2010-04-01/Accounts/{sid}/Calls.json": "accounts.calls.list",
            "POST /2010-04-01/Accounts/{sid}/Calls.json": "accounts.calls.create",
            "GET /brand/{id}/smsOtp": "brand.retrieve_sms_otp",
        },
    ),
    (
        "a version prefix goes, with what comes before it in the first two segments",
        ("GET /api/v1/users", "GET /api/0/teams/{id}", "GET /api/users/{id}/posts"),
        ("GET /api/v1/users", "GET /api/users/{id}/posts"),
        {
            "GET /api/v1/users": "users.list",
            "GET /api/0/teams/{id}": "teams.retrieve",
            "GET /api/users/{id}/posts": "api.users.list_posts",
        },
    ),
    (
        "a version third goes where every path starts with the same two segments",
        (
            "GET /api/patch/v1/advisories",
            "GET /api/patch/v1/advisories/{id}",
            "GET /api/patch/v1/export/systems",
        ),
        ("GET /api/patch/v1/advisories", "GET /api/patch/v1/export/systems"),
        {
            "GET /api/patch/v1/advisories": "advisories.list",
            "GET /api/patch/v1/advisories/{id}": "advisories.retrieve",
            "GET /api/patch/v1/export/systems": "export.list_systems",
        },
    ),
    (
        "and stays where another path starts otherwise",
        (
            "GET /api/rest/v1/products",
            "GET /api/rest/v1/products/{id}",
            "POST /api/oauth/v1/token",
        ),
        ("GET /api/rest/v1/products",),
        {
            "GET /api/rest/v1/products": "api.rest.v1.products.list",
            "GET /api/rest/v1/products/{id}": "api.rest.v1.products.retrieve",
            "POST /api/oauth/v1/token": "api.oauth.v1.token",
        },
    ),
    (
        "versions stay where one resource is at two, and are no parent of a leaf",
        (
            "GET /v1/locations",
            "GET /v1/locations/{id}",
            "GET /v2/locations",
            "GET /v2/locations/{id}",
            "GET /v2/cities",
            "GET /2010-04-01/cities",
        ),
        ("GET /v1/locations", "GET /v2/locations", "GET /v2/cities"),
        {
            "GET /v1/locations": "v1.locations.list",
            "GET /v1/locations/{id}": "v1.locations.retrieve",
            "GET /v2/locations": "v2.locations.list",
            "GET /v2/locations/{id}": "v2.locations.retrieve",
            "GET /v2/cities": "v2.cities.list",
            "GET /2010-04-01/cities": "v2010_04_01.cities.retrieve",
        },
    ),
    (
        "and a leaf at no version is a method of its parent there too",
        ("GET /v1/locations", "GET /v2/locations", "POST /oauth2/exchange"),
        (),
        {"POST /oauth2/exchange": "oauth2.exchange"},
    ),
    (
        "and where an operation is at a version and at none (xtrf's `GET /jobs/{id}`, `/v2/jobs/{id}`)",
        ("GET /jobs/{id}", "GET /v2/jobs/{id}", "GET /v2/jobs/{id}/dates", "GET /users"),
        (),
        {
            "GET /jobs/{id}": "jobs.retrieve",
            "GET /v2/jobs/{id}": "v2.jobs.retrieve",
            "GET /v2/jobs/{id}/dates": "v2.jobs.retrieve_dates",
            "GET /users": "users.retrieve",
        },
    ),
    (
        "a leaf leading with a verb its HTTP method says already is the method, once",
        (
            "GET /osis/getPipeline/{name}",
            "GET /osis/listPipelines",
            "GET /campaigns/list",
            "GET /notification/get",
            "GET /files/{id}/listLabels",
            "DELETE /jobs/{id}/delete",
            "DELETE /agents/{id}/remove",
            "PUT /directory/create",
            "GET /libraries/{id}/share",
        ),
        ("GET /osis/listPipelines", "GET /files/{id}/listLabels"),
        {
            "GET /osis/getPipeline/{name}": "osis.get_pipeline",
            "GET /osis/listPipelines": "osis.list_pipelines",
            "GET /campaigns/list": "campaigns.list",
            "GET /notification/get": "notification.retrieve",
            "GET /files/{id}/listLabels": "files.list_labels",
            "DELETE /jobs/{id}/delete": "jobs.delete",
            "DELETE /agents/{id}/remove": "agents.remove",
            "PUT /directory/create": "directory.create",
            "GET /libraries/{id}/share": "libraries.retrieve_share",
        },
    ),
    (
        "but not where the operations at a version and at none differ",
        ("POST /widgets", "GET /v1/widgets/{id}", "GET /api/auth/me", "GET /api/v2/auth/me"),
        (),
        {
            "POST /widgets": "widgets.create",
            "GET /v1/widgets/{id}": "widgets.retrieve",
            "GET /api/auth/me": "api.auth.retrieve_me",
            "GET /api/v2/auth/me": "auth.retrieve_me",
        },
    ),
    (
        "a CRUD shape takes the other verb its summary leads with",
        (
            "POST /messages | Send a message",
            "DELETE /campaigns/{id} | Deactivate campaign",
            "PATCH /campaigns/{id} | Enable or disable a campaign",
            "POST /campaigns | Creates a campaign",
            "GET /campaigns/{id} | Check a campaign",
            "DELETE /faxes/{id} | Deletes a fax",
            "POST /faxes | 2 faxes at once",
        ),
        (),
        {
            "POST /messages | Send a message": "messages.send",
            "DELETE /campaigns/{id} | Deactivate campaign": "campaigns.deactivate",
            "PATCH /campaigns/{id} | Enable or disable a campaign": "campaigns.update",
            "POST /campaigns | Creates a campaign": "campaigns.create",
            "GET /campaigns/{id} | Check a campaign": "campaigns.retrieve",
            "DELETE /faxes/{id} | Deletes a fax": "faxes.delete",
            "POST /faxes | 2 faxes at once": "faxes.create",
        },
    ),
    (
        "submitting or starting one in a collection of items with ids creates one",
        (
            "POST /requests | Submit a verification request",
            "GET /requests/{id}",
            "POST /missions/{id}/runs | Start a run",
            "GET /missions/{id}/runs/{run}",
            "POST /campaign_builder | Submit a campaign",
            "POST /jobs | Start a job",
        ),
        (),
        {
            "POST /requests | Submit a verification request": "requests.create",
            "POST /missions/{id}/runs | Start a run": "missions.runs.create",
            "POST /campaign_builder | Submit a campaign": "campaign_builder.submit",
            "POST /jobs | Start a job": "jobs.start",
        },
    ),
    (
        "Add and Remove are create and delete, but for a link to what lives elsewhere",
        (
            "POST /tags | Add a tag",
            "DELETE /tags/{id} | Remove a tag",
            "POST /contacts/{id}/tags | Add a tag to a contact",
            "DELETE /contacts/{id}/tags/{tag} | Remove a tag from a contact",
        ),
        (),
        {
            "POST /tags | Add a tag": "tags.create",
            "DELETE /tags/{id} | Remove a tag": "tags.delete",
            "POST /contacts/{id}/tags | Add a tag to a contact": "contacts.tags.add",
            "DELETE /contacts/{id}/tags/{tag} | Remove a tag from a contact": (
                "contacts.tags.remove"
            ),
        },
    ),
    (
        "Add and Remove for what an item holds and cannot be read there (Telnyx's tags)",
        (
            "GET /assistants/tags | List every tag",
            "POST /assistants/{id}/tags | Add Assistant Tag",
            "DELETE /assistants/{id}/tags/{tag} | Remove Assistant Tag",
            "GET /groups/{id}/suppressions | List suppressions",
            "POST /groups/{id}/suppressions | Add a suppression",
            "DELETE /groups/{id}/suppressions/{email} | Remove a suppression",
        ),
        (),
        {
            "GET /assistants/tags | List every tag": "assistants.tags.list",
            "POST /assistants/{id}/tags | Add Assistant Tag": "assistants.tags.add",
            "DELETE /assistants/{id}/tags/{tag} | Remove Assistant Tag": "assistants.tags.remove",
            "GET /groups/{id}/suppressions | List suppressions": "groups.suppressions.list",
            "POST /groups/{id}/suppressions | Add a suppression": "groups.suppressions.create",
            "DELETE /groups/{id}/suppressions/{email} | Remove a suppression": (
                "groups.suppressions.delete"
            ),
        },
    ),
    (
        "a verb of the resource's own stem says no more than create or delete",
        (
            "POST /schedules | Schedule a workflow",
            "DELETE /assignments/{id} | Unassign a task",
            "POST /emails | Send an email",
        ),
        (),
        {
            "POST /schedules | Schedule a workflow": "schedules.create",
            "DELETE /assignments/{id} | Unassign a task": "assignments.delete",
            "POST /emails | Send an email": "emails.send",
        },
    ),
    (
        "a leaf's summary verb, unless the resource or its parent already says it",
        (
            "DELETE /repos/{id}/lock | Unlock a repository",
            "PATCH /comments/{id}/read | Mark a comment as read",
            "PUT /users/{id}/folders/0 | Transfer owned folders",
            "POST /domains/{id}/prepare_verification | Prepare a verification",
            "POST /domains/{id}/prepare_verification/{v} | Get it",
            "POST /points/query/groups | Query points in groups",
            "GET /points/query | Query points",
        ),
        (),
        {
            "DELETE /repos/{id}/lock | Unlock a repository": "repos.unlock",
            "PATCH /comments/{id}/read | Mark a comment as read": "comments.mark_read",
            "PUT /users/{id}/folders/0 | Transfer owned folders": "users.folders.transfer",
            "POST /domains/{id}/prepare_verification | Prepare a verification": (
                "domains.prepare_verification.create"
            ),
            "POST /points/query/groups | Query points in groups": "points.query.groups",
        },
    ),
    (
        "a custom method leads with its verb; a POST to a verb leaf does it",
        (
            "POST /taxonomies/{id}/levels:append | Add a level",
            "POST /rules/{id}/run | Trigger a rule",
            "POST /msg/bulk-expunge | Delete messages in bulk",
        ),
        (),
        {
            "POST /taxonomies/{id}/levels:append | Add a level": "taxonomies.append_levels",
            "POST /rules/{id}/run | Trigger a rule": "rules.run",
            "POST /msg/bulk-expunge | Delete messages in bulk": "msg.bulk_expunge",
        },
    ),
    (
        "a POST to a leaf naming a thing leads with its summary's verb, in its number",
        (
            "POST /messages/long_code | Send a long code message",
            "POST /chat/completions | Create a chat completion",
            "POST /audio/transcriptions | Transcribe speech to text",
            "POST /embeddings/similarity-search | Search for documents",
            "POST /messages/alphanumeric_sender_id | Send a message using a sender ID",
            "POST /orders/{id}/verification_codes | Create verification codes",
            "POST /calls/{id}/actions/ai_assistant_add_messages | Add messages to AI Assistant",
            "POST /messages/whatsapp",
            "POST /messages/group_mms | Get a group MMS",
        ),
        (),
        {
            "POST /messages/long_code | Send a long code message": "messages.send_long_code",
            "POST /chat/completions | Create a chat completion": "chat.create_completion",
            "POST /audio/transcriptions | Transcribe speech to text": "audio.transcribe",
            "POST /embeddings/similarity-search | Search for documents": (
                "embeddings.similarity_search"
            ),
            "POST /messages/alphanumeric_sender_id | Send a message using a sender ID": (
                "messages.send_alphanumeric_sender_id"
            ),
            "POST /orders/{id}/verification_codes | Create verification codes": (
                "orders.create_verification_codes"
            ),
            "POST /calls/{id}/actions/ai_assistant_add_messages | Add messages to AI Assistant": (
                "calls.actions.add_ai_assistant_messages"
            ),
            "POST /messages/whatsapp": "messages.whatsapp",
            "POST /messages/group_mms | Get a group MMS": "messages.group_mms",
        },
    ),
    (
        "a GET is named for the way of reading its summary leads with, if it is more",
        (
            "GET /voice_clones/{id}/sample | Download voice clone audio sample",
            "GET /rcs/{id}/deeplinks/{agent} | Generate RCS deeplink",
            "GET /download/{id}/data | Download the data",
            "GET /reports/{id}/sync | Generate and fetch a usage report",
            "GET /calls/{id}/status | Get the call's status",
        ),
        (),
        {
            "GET /voice_clones/{id}/sample | Download voice clone audio sample": (
                "voice_clones.download_sample"
            ),
            "GET /rcs/{id}/deeplinks/{agent} | Generate RCS deeplink": "rcs.generate_deeplink",
            "GET /download/{id}/data | Download the data": "download.retrieve_data",
            "GET /reports/{id}/sync | Generate and fetch a usage report": "reports.retrieve_sync",
            "GET /calls/{id}/status | Get the call's status": "calls.retrieve_status",
        },
    ),
    (
        "a collection or leaf whose summary says it lists is listed",
        (
            "GET /regions | List all Regions",
            "GET /balance | Get the balance",
            "GET /porting/uk_carriers | List available carriers in the UK",
            "GET /porting/uk_rates | Get the rates in the UK",
        ),
        (),
        {
            "GET /regions | List all Regions": "regions.list",
            "GET /balance | Get the balance": "balance.retrieve",
            "GET /porting/uk_carriers | List available carriers in the UK": (
                "porting.list_uk_carriers"
            ),
            "GET /porting/uk_rates | Get the rates in the UK": "porting.retrieve_uk_rates",
        },
    ),
    (
        "an item whose list its summary says it lists is a filter: it lists",
        (
            "GET /verifications/by_phone_number/{number} | List verifications by phone number",
            "GET /jobs/{state} | List jobs",
            "POST /verifications/by_phone_number/{number}/actions/verify",
            "GET /pets/{id} | List a pet's details",
            "GET /pets",
        ),
        (
            "GET /verifications/by_phone_number/{number} | List verifications by phone number",
            "GET /jobs/{state} | List jobs",
            "GET /pets/{id} | List a pet's details",
            "GET /pets",
        ),
        {
            "GET /verifications/by_phone_number/{number} | List verifications by phone number": (
                "verifications.by_phone_number.list"
            ),
            "GET /jobs/{state} | List jobs": "jobs.list",
            "GET /pets/{id} | List a pet's details": "pets.retrieve",  # its collection lists
        },
    ),
    (
        "an item alone under its parent is one thing the parent does, in the summary's number",
        (
            "DELETE /voice_designs/{id}/versions/{version}",
            "GET /coverage/countries/{code} | Get coverage for a specific country",
            "GET /rcs/capabilities/{agent}/{number} | Get RCS capabilities",
            "POST /texml/ai_calls/{id} | Initiate an outbound AI call",
            "GET /rooms/{id}/sessions/{sid}",
            "GET /rooms/{id}/sessions/{sid}/participants",
            "GET /pets/{id}",
        ),
        (),
        {
            "DELETE /voice_designs/{id}/versions/{version}": "voice_designs.delete_version",
            "GET /coverage/countries/{code} | Get coverage for a specific country": (
                "coverage.retrieve_country"
            ),
            "GET /rcs/capabilities/{agent}/{number} | Get RCS capabilities": (
                "rcs.retrieve_capabilities"
            ),
            "POST /texml/ai_calls/{id} | Initiate an outbound AI call": "texml.initiate_ai_call",
            "GET /rooms/{id}/sessions/{sid}": "rooms.sessions.retrieve",
            "GET /pets/{id}": "pets.retrieve",
        },
    ),
    (
        "a query written into the path names the method where it is one name, without "
        "the dotted parts every such name starts with",
        (
            "GET /rest?method=flickr.photos.search",
            "GET /rest?method=flickr.photos.getInfo",
            "GET /rest?method=flickr.people.getInfo",
            "GET /api/v3/categories?platform={platform}&language={language}",
        ),
        (),
        {
            "GET /rest?method=flickr.photos.search": "rest.photos.search",
            "GET /rest?method=flickr.photos.getInfo": "rest.photos.get_info",
            "GET /rest?method=flickr.people.getInfo": "rest.people.get_info",
            "GET /api/v3/categories?platform={platform}&language={language}": "categories.retrieve",
        },
    ),
    (
        "a #fragment written as a query names the method where operations share the URL",
        (
            "POST /#X-Amz-Target=AWSStepFunctions.CreateActivity",
            "POST /#X-Amz-Target=AWSStepFunctions.StopExecution",
            "GET /#Action=AssumeRole",
            "GET /#Action=GetCallerIdentity",
            "POST /#Operation=CancelJob&Action=CancelJob",
            "POST /webhdfs/v1/{path}#op=APPEND",
            "POST /webhdfs/v1/{path}#op=CONCAT",
            "POST /documents/batch#format=sdk",  # alone on its URL: a setting
            "GET /search#format=sdk&pretty=true&q",
            "POST /send/#env/v1/partners/{id}/transfer",  # no name at all
        ),
        (),
        {
            "POST /#X-Amz-Target=AWSStepFunctions.CreateActivity": "create_activity",
            "POST /#X-Amz-Target=AWSStepFunctions.StopExecution": "stop_execution",
            "GET /#Action=AssumeRole": "assume_role",
            "GET /#Action=GetCallerIdentity": "get_caller_identity",
            "POST /#Operation=CancelJob&Action=CancelJob": "cancel_job",
            "POST /webhdfs/v1/{path}#op=APPEND": "append",
            "POST /webhdfs/v1/{path}#op=CONCAT": "concat",
            "POST /documents/batch#format=sdk": "documents.batch",
            "GET /search#format=sdk&pretty=true&q": "search.retrieve",
            "POST /send/#env/v1/partners/{id}/transfer": "send.create",
        },
    ),
    (
        "a top-level leaf that is a verb phrase is a method of the API, not a resource",
        (
            "POST /createReplicationSet",
            "GET /getTimelineEvent",
            "POST /RecordStart/",
            "GET /search",
            "GET /users",
            "POST /users",
        ),
        ("GET /users",),
        {
            "POST /createReplicationSet": "create_replication_set",
            "GET /getTimelineEvent": "get_timeline_event",
            "POST /RecordStart/": "start_recording",
            "GET /search": "search.retrieve",
            "GET /users": "users.list",
            "POST /users": "users.create",
        },
    ),
    (
        "a path of parameters only is a method of the client itself",
        ("GET /{id}", "GET /pets"),
        (),
        {"GET /{id}": "retrieve"},
    ),
]


def test_a_fragment_naming_parameters_tells_operations_apart_and_names_none() -> None:
    # `/tags#resourceArn`: the required query parameter is what differs, not a name.
    routes = [
        inference.Route("get", "/tags#resourceArn", parameters=frozenset({"resourceArn"})),
        inference.Route("get", "/events#eventId&incidentArn", parameters=frozenset({"eventId"})),
        inference.Route("put", "/files/{id}#add_shared_link", parameters=frozenset({"id"})),
    ]
    placed = [".".join((*p.resource, p.name)) for p in inference.infer(routes)]
    assert placed == ["tags.retrieve", "events.retrieve", "files.add_shared_link"]


@pytest.mark.parametrize(
    ("routes", "lists", "expected"),
    [pytest.param(routes, lists, expected, id=title) for title, routes, lists, expected in TABLES],
)
def test_inferred_names(
    routes: tuple[str, ...], lists: tuple[str, ...], expected: dict[str, str]
) -> None:
    got = names(*routes, lists=lists)
    assert {r: got[r] for r in expected} == expected


PAGING = (
    "/recent_items",
    "/files/{id}/collaborations",
    "/taxonomies/{namespace}",
    "/pets",
    "/pets/{id}",  # it retrieves all the same: its collection lists
    "/files/{id}",
)


def test_what_pages_is_listed() -> None:
    """A GET that returns pages lists, whatever its response looks like: on a collection,
    on a leaf, and on an item (a filter: `GET /endpoints/{id}/attempts/{id}`) unless its
    collection lists (OpenAQ's `GET /v2/locations/{id}` pages too: retrieve)."""
    routes = (
        "GET /recent_items",
        "GET /files/{id}/collaborations",
        "GET /taxonomies/{namespace}",
        "GET /taxonomies/{namespace}/{key}",
        "GET /pets",
        "GET /pets/{id}",
        "GET /files/{id}",
        "GET /balance",
        "GET /sims/{id}/public_ip",
    )
    paging = tuple(r for r in routes if r.split()[1] in PAGING)
    assert names(*routes, pages=paging) == {
        "GET /recent_items": "recent_items.list",
        "GET /files/{id}/collaborations": "files.list_collaborations",
        "GET /taxonomies/{namespace}": "taxonomies.list",
        "GET /taxonomies/{namespace}/{key}": "taxonomies.retrieve",
        "GET /pets": "pets.list",
        "GET /pets/{id}": "pets.retrieve",
        "GET /files/{id}": "files.list",
        "GET /balance": "balance.retrieve",
        "GET /sims/{id}/public_ip": "sims.retrieve_public_ip",
    }


def test_pagination_says_what_pages(tmp_path: Path) -> None:
    """The layout asks pagination (inferred here: a `marker` parameter and a
    `next_marker` in the response) which GETs page; their types are named after the name
    that results."""
    string = {"type": "string"}
    marker = {"name": "marker", "in": "query", "schema": string}
    order = {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}}
    page = {"properties": {"entries": {"type": "array", "items": string}, "next_marker": string}}
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/files/{id}/collaborations": {
                    "parameters": [ID],
                    "get": {"parameters": [marker, order], "responses": json_response(page)},
                },
                "/files/{id}/report": {
                    "parameters": [ID],
                    "get": {"parameters": [order], "responses": json_response(page)},
                },
            }
        },
    )
    listed = op(api, "files.list_collaborations")
    assert listed.pagination is not None
    assert [p.type.name for p in listed.params if p.name == "order"] == [
        "FilesListCollaborationsOrder"
    ]
    assert op(api, "files.retrieve_report").pagination is None


def test_pagination_is_asked_only_where_the_name_would_change(tmp_path: Path) -> None:
    """Not a list already, not a POST, not named by hand, not an item whose collection
    lists (it retrieves, pages or not)."""
    spec = tmp_path / "spec.yaml"
    ok = {"responses": json_response({"type": "array", "items": {"type": "string"}})}
    paths = {
        "/pets": {"get": ok, "post": OK},
        "/pets/{id}": {"parameters": [ID], "get": OK, "delete": OK},
        "/balance": {"get": OK},
        "/named": {"get": {"x-codegen-name": "named.fetch", **OK}},
    }
    spec.write_text(yaml.safe_dump({"openapi": "3.1.0", "info": {}, "paths": paths}))
    asked: list[str] = []

    def paged(items: list[layout.Located]) -> set[int]:
        asked.extend(f"{i.method.upper()} {i.path}" for i in items)
        return set()

    layout.locate(load(spec, validate=False), Config(), [], paged)
    assert sorted(asked) == ["GET /balance"]


@pytest.mark.parametrize(
    ("verb", "doing"),
    [
        ("record", "recording"),
        ("fork", "forking"),
        ("move", "moving"),
        ("stop", "stopping"),
        ("open", "opening"),
        ("play", "playing"),
        ("tie", "tying"),
        ("free", "freeing"),
    ],
)
def test_a_verb_becomes_a_doing(verb: str, doing: str) -> None:
    assert inference._gerund(verb) == doing


def test_a_page_is_a_list_and_an_object_is_not(tmp_path: Path) -> None:
    """`list` needs a list in the response: an array, or one beside what describes the
    page or a property that names the response a list (`"object": "list"`); an object
    that merely has an array property is one thing."""
    says_list = {"type": "string", "enum": ["list"]}
    array = {"type": "array", "items": {"type": "string"}}

    def get(schema: dict[str, Any]) -> dict[str, Any]:
        return {"get": {"responses": json_response(schema)}}

    api = make_api(
        tmp_path,
        {
            "paths": {
                "/a/tags": get(array),
                "/a/pages": get({"type": "object", "properties": {"data": array, "meta": {}}}),
                "/a/report": get({"type": "object", "properties": {"data": array}}),
                "/a/models": get({"properties": {"object": says_list, "data": array}}),
                "/a/hardware": get({"properties": {"object": {"default": "list"}, "data": array}}),
                "/a/kinds": get({"properties": {"type": {"const": "list"}, "data": array}}),
                "/a/stats": get({"properties": {"type": {"enum": ["list", "map"]}, "data": array}}),
                "/b": get({"type": "string"}),
            }
        },
    )
    assert sorted(op.call_path for op in api.operations()) == [
        "a.list_hardware",
        "a.list_kinds",
        "a.list_models",
        "a.list_pages",
        "a.list_tags",
        "a.retrieve_report",
        "a.retrieve_stats",
        "b.retrieve",
    ]


OK = {"responses": {"204": {"description": "ok"}}}
ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}


def test_a_clash_keeps_the_plain_name_and_falls_back_to_the_operation_id(
    tmp_path: Path,
) -> None:
    """Every `GET /recordings/{id}...` infers `retrieve`: the plain item keeps it, the
    others take their operationId, with a warning; one without an operationId is named
    for what only its path has (a parameter, an extension), and failing that numbered.
    `DELETE /recordings` beside `DELETE /recordings/{id}` deletes in bulk: no clash;
    one whose operationId says more than that is named by it."""
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/recordings": {
                    "delete": {"operationId": "DeleteRecordings", **OK},
                    "get": OK,
                },
                "/recordings/{id}": {"parameters": [ID], "delete": OK, "get": OK},
                "/recordings/{id}/": {"parameters": [ID], "get": OK},
                "/recordings/{id}.json": {
                    "parameters": [ID],
                    "get": {"operationId": "GetRecordingJson", **OK},
                },
                "/recordings/{id}.csv": {"parameters": [ID], "get": OK},
                "/recordings/{id}/{format}": {
                    "parameters": [ID, {**ID, "name": "format"}],
                    "get": OK,
                },
                "/mappings": {"delete": {"operationId": "deleteAllStubMappings", **OK}},
                "/mappings/{id}": {"parameters": [ID], "delete": OK},
            }
        },
    )
    assert sorted(op.call_path for op in api.operations()) == [
        "mappings.delete",
        "mappings.delete_all_stub_mappings",
        "recordings.delete",
        "recordings.delete_bulk",
        "recordings.get_recording_json",
        "recordings.list",
        "recordings.retrieve",
        "recordings.retrieve_2",
        "recordings.retrieve_by_format",
        "recordings.retrieve_csv",
    ]
    taken = "method name recordings.retrieve is taken; named"
    assert sorted(w.message for w in api.warnings) == [
        "method name mappings.delete is taken; named delete_all_stub_mappings",
        f"{taken} get_recording_json",
        f"{taken} retrieve_2",
        f"{taken} retrieve_by_format",
        f"{taken} retrieve_csv",
    ]


@pytest.mark.parametrize(
    ("path", "others", "names"),
    [
        # Operations on one URL told apart by the query their path keys write.
        ("/current?city_id={city_id}", ["/current?cities={cities}"], ["retrieve_by_city_id"]),
        (
            "/current?city={city}&country={country}",
            ["/current?lat={lat}&lon={lon}", "/current?city_id={city_id}"],
            ["retrieve_by_city_country"],
        ),
        ("/sets/{set}/{cardLocalId}", ["/sets/{set}"], ["retrieve_by_card_local_id"]),
        ("/timezone/{area}.txt", ["/timezone/{area}"], ["retrieve_txt"]),
        ("/recordings/{id}/", ["/recordings/{id}"], []),
        ("/messages/{id}/read", ["/messages/{id}/read"], []),  # PUT and POST of one URL
        ("/things/{id}", [], []),  # taken by a member of the class
    ],
)
def test_what_tells_a_clash_apart(path: str, others: list[str], names: list[str]) -> None:
    assert inference.told_apart("retrieve", path, others) == names


def test_the_collection_of_items_keeps_the_name_and_a_summary_beats_a_spelled_out_id(
    tmp_path: Path,
) -> None:
    """`/missions/runs` and `/missions/{id}/runs` are both `runs.list`: the one the runs'
    items are under keeps it; the other's operationId only spells out its path, so its
    shorter summary names it."""
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/missions/runs": {
                    "get": {
                        "operationId": "get_public_missions_missions_runs",
                        "summary": "List recent runs",
                        **OK,
                    }
                },
                "/missions/{id}/runs": {"parameters": [ID], "get": OK},
                "/missions/{id}/runs/{run}": {
                    "parameters": [ID, {**ID, "name": "run"}],
                    "get": OK,
                },
            }
        },
    )
    assert sorted(op.call_path for op in api.operations()) == [
        "missions.runs.list",
        "missions.runs.list_recent_runs",
        "missions.runs.retrieve",
    ]
    assert next(op for op in api.operations() if op.name == "list").path == "/missions/{id}/runs"


def test_an_explicit_name_is_never_displaced(tmp_path: Path) -> None:
    """A name given by x-codegen-name or codegen.yaml keeps it; the inferred one moves,
    even when its path sorts first."""
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/pets": {"get": {"operationId": "listPets", **OK}},
                "/pets/{id}": {"parameters": [ID], "get": {"operationId": "showPet", **OK}},
                "/zoo/pets": {"get": {"operationId": "zooPets", **OK}},
            }
        },
        Config(package="ir_test", operation_names={"zooPets": "pets.list"}),
    )
    by_id = {op.operation_id: op.call_path for op in api.operations()}
    assert by_id == {
        "listPets": "pets.list_pets",
        "showPet": "pets.retrieve",
        "zooPets": "pets.list",
    }


def test_resources_and_methods_never_shadow_the_classes_members(tmp_path: Path) -> None:
    """A top-level resource named like a client member (`close`, `timeout`) and a method
    named like a resource member (`with_raw_response`) are renamed."""
    api = make_api(
        tmp_path,
        {
            "paths": {
                "/close": {"post": {"operationId": "closeAll", **OK}},
                # Inference never names a method `with_...` (a preposition leads to
                # create_with_...), so the clash comes from an explicit name.
                "/things/raw": {
                    "post": {
                        "operationId": "raw",
                        "x-codegen-name": "things.with_raw_response",
                        **OK,
                    }
                },
                "/things/{id}": {"parameters": [ID], "get": OK},
            }
        },
    )
    assert sorted(op.call_path for op in api.operations()) == [
        "close_.create",
        "things.retrieve",
        "things.with_raw_response_2",
    ]


@pytest.mark.parametrize(
    ("summary", "operation_id", "names"),
    [
        # An operationId that only spells out the path: the shorter summary first.
        (
            "List recent runs",
            "get_public_missions_missions_runs",
            ["list_recent_runs", "get_public_missions_missions_runs", "list_recent"],
        ),
        # A namespaced operationId loses its group, which is the resource already.
        (
            "Get a gist revision",
            "gists/get-revision",
            ["get_revision", "get_gist_revision", "get_gist"],
        ),
        # The summary is the second choice where the operationId is taken too.
        (
            "Add team member",
            "enterprise-team-memberships/add",
            ["add", "add_team_member", "add_team"],
        ),
        # A summary in the third person names the method as a call says it.
        ("Deletes all webhooks", "", ["delete_all_webhooks", "delete_all"]),
        # A summary not led by a verb names nothing.
        ("SIP registration status", "GetSipStatus", ["get_sip_status"]),
        # A .NET `Controller_Action`: the action, with its group where it is a bare verb.
        (
            "",
            "Article_DeleteImageFromProduct",
            ["delete_image_from_product", "article_delete_image_from_product"],
        ),
        ("", "VirtualMachines_List", ["list_virtual_machines", "virtual_machines_list"]),
        # A dotted path (Google's): the action on its last resource, one where it acts on one.
        (
            "",
            "cloudiot.projects.locations.registries.devices.delete",
            ["delete_device", "cloudiot_projects_locations_registries_devices_delete"],
        ),
        ("", "dlp.locations.infoTypes.list", ["list_info_types", "dlp_locations_info_types_list"]),
        ("", "flickr.photos.search", ["search_photos", "flickr_photos_search"]),
        # What tools add to operationIds is no part of the name; as written comes last.
        ("", "getGeneByRgdIdUsingGET", ["get_gene_by_rgd_id", "get_gene_by_rgd_id_using_get"]),
        ("", "getChartInfoUsingPOST_1", ["get_chart_info", "get_chart_info_using_post_1"]),
        ("", "v3getFeedItemStatus", ["get_feed_item_status", "v3_get_feed_item_status"]),
        # A long one gives its first words, never ending on a joining word; a long
        # operationId comes last.
        (
            "Remove all custom labels from a self-hosted runner",
            "",
            ["remove_all", "remove_all_custom", "remove_all_custom_labels"],
        ),
        (
            "Create or update custom properties for an organization",
            "orgs/custom-properties-for-repos-create-or-update-organization-definitions",
            [
                "create_or_update",
                "create_or_update_custom",
                "custom_properties_for_repos_create_or_update_organization_definitions",
            ],
        ),
    ],
)
def test_the_names_a_clash_falls_back_to(summary: str, operation_id: str, names: list[str]) -> None:
    assert inference.fallback_names(summary, operation_id) == names


def test_fastapi_operation_ids_fall_back_to_the_function_name() -> None:
    # FastAPI's `{function}_{path}_{method}`: the function's name, then as written.
    assert inference.fallback_names("", "create_flow_run_flow_runs__post", "/flow_runs/") == [
        "create_flow_run",
        "create_flow_run_flow_runs_post",
    ]
    assert inference.fallback_names(
        "", "locations_get_v2_locations__location_id__get", "/v2/locations/{location_id}"
    ) == ["locations_get", "locations_get_v2_locations_location_id_get"]


def test_an_operation_id_that_spells_out_its_path_is_the_last_fallback() -> None:
    assert inference.fallback_names(
        "Create upload session for existing file",
        "post_files_id_upload_sessions",
        "/files/{file_id}/upload_sessions",
    ) == [
        "create_upload_session_for_existing_file",
        "create_upload",
        "create_upload_session",
        "post_files_id_upload_sessions",
    ]
