"""Calls a user writes: the client's own methods beside its resources."""

from top_level import AsyncTopLevelClient, TopLevelClient

client = TopLevelClient(base_url="https://api.test")
version: str | None = client.retrieve().version
corpus_id: int | None = client.create_corpus(name="c").id
client.delete_thing("old")
names: list[str] = client.corpora.list()
flags: list[bool] = client.top_level.list_flags()
status: int = client.with_raw_response.retrieve().status_code


async def main() -> None:
    async_client = AsyncTopLevelClient(base_url="https://api.test")
    info = await async_client.retrieve()
    print(info.version, await async_client.corpora.list())
