"""`marsad stories`: one story, many outlets — groups of near-duplicate and syndicated copies."""
from __future__ import annotations

from ..errors import InputError
from ._corpus import add_db_option, open_store, print_json


def register(sub) -> None:
    p = sub.add_parser("stories", help="articles grouped as copies of one story, largest groups first",
                       description="List story groups (near-duplicate and syndicated copies found with MinHash/LSH "
                                   "and verified by exact Jaccard similarity), or the articles of one story. "
                                   "--regroup recomputes the groups over the whole corpus.")
    p.add_argument("story", nargs="?", type=int, metavar="ID", help="list the articles of this story")
    add_db_option(p)
    p.add_argument("--min-size", type=int, default=2, metavar="N", help="only groups of at least N articles")
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.add_argument("--regroup", action="store_true", help="recompute story groups over every stored article")
    p.set_defaults(run=run)


def run(args) -> int:
    if args.regroup:
        from ..store import Store
        with Store(args.db) as store:
            stats = store.update_stories()
        print(f"{stats['pairs']:,} verified copy pair(s) among {stats['candidates']:,} LSH candidate(s) over "
              f"{stats['documents']:,} article(s)")
        return 0
    with open_store(args.db) as store:
        if args.story is not None:
            story = store.story(args.story)
            if story is None:
                raise InputError(f"no story {args.story} in {args.db}")
            if args.json:
                print_json(story)
            else:
                print(f"story {story['id']}: {len(story['documents'])} article(s)")
                for d in story["documents"]:
                    print(f"  {d['published'] or '????-??-??'}  {d['source'] or '-'}  #{d['id']}  {d['title'] or ''}")
            return 0
        groups = store.stories(min_size=args.min_size, limit=args.limit)
    if args.json:
        print_json(groups)
        return 0
    for g in groups:
        span = g["first"] if g["first"] == g["last"] else f"{g['first']} … {g['last']}"
        print(f"story {g['id']}: {g['documents']} article(s) from {g['sources']} outlet(s), {span}  {g['title'] or ''}")
    return 0
