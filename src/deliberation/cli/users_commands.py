"""`deliberation admin users`: the names and organisations the secretariat gives database logins."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from deliberation.cli.arguments import PROG, add_json, command_group, subcommand
from deliberation.cli.common import fail, open_existing, write_json
from deliberation.cli.table import Column, format_table
from deliberation.records.connection import Identity


def add_admin_users(admin: Any, after: argparse.ArgumentParser) -> None:
    """`admin users set LOGIN --name … [--org …]` and `admin users list`, under `admin`'s words."""
    users = command_group(
        admin,
        "admin users",
        after,
        ("opérations", "OPÉRATION"),
        help="nommer les identifiants de connexion d'une base partagée",
        description="Sur une base partagée (PostgreSQL), chaque personne se connecte avec son "
        "identifiant ; le secrétariat lui donne ici le nom inscrit sur ses modifications et son "
        "organisation.",
    )
    naming = subcommand(
        users,
        "admin users set",
        after,
        help="donner un nom (et une organisation) à un identifiant",
        description="Enregistre le nom inscrit sur les modifications faites sous cet "
        "identifiant, et l'organisation de la personne (par son sigle ; « --org '' » la "
        "retire). Relancer la commande change le nom.",
    )
    naming.add_argument("login", metavar="IDENTIFIANT", help="identifiant de connexion à la base")
    naming.add_argument("--name", metavar="NOM", required=True, help="prénom et nom affichés")
    naming.add_argument(
        "--org", metavar="SIGLE", help="sigle de l'organisation (vide : aucune ; absent : inchangé)"
    )
    naming.set_defaults(run=_set_user)
    listing = subcommand(
        users,
        "admin users list",
        after,
        help="lister les identifiants nommés",
        description="Les identifiants de connexion que le secrétariat a nommés, avec leur nom "
        "et leur organisation.",
    )
    add_json(listing)
    listing.set_defaults(run=_list_users)


def _set_user(args: argparse.Namespace, location: str) -> int:
    from deliberation.errors import ValidationError

    with open_existing(location) as root:
        try:
            named = root.users.set_user(args.login, args.name, args.org)
        except ValidationError as exc:
            return fail(" ".join(exc.messages.values()))
    where = f" ({named.organisation})" if named.organisation else ""
    print(f"{named.login} : {named.name}{where}")
    return 0


def _list_users(args: argparse.Namespace, location: str) -> int:
    with open_existing(location) as root:
        rows = root.users.users()
    if args.json:
        write_json([_json(row) for row in rows])
        return 0
    if not rows:
        print(
            f"Aucun identifiant n'est nommé (« {PROG} admin users set IDENTIFIANT --name NOM »).",
            file=sys.stderr,
        )
        return 0
    columns = [
        Column("Identifiant", lambda r: r["login"]),
        Column("Nom", lambda r: r["name"]),
        Column("Organisation", lambda r: r["organisation"]),
    ]
    print(format_table(columns, [_json(row) for row in rows]))
    return 0


def _json(row: Identity) -> dict[str, str]:
    return {"login": row.login, "name": row.name, "organisation": row.organisation}
