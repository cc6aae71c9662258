"""The `admin` commands of a shared store: create its three roles, give a login one of them."""

from __future__ import annotations

import argparse
from typing import Any

from deliberation.cli.arguments import command_group, subcommand
from deliberation.cli.common import fail, open_existing
from deliberation.paths import is_url, safe_location
from deliberation.records.access import ROLE_LABELS, role_named

ONLY_SHARED = (
    "les rôles n'existent que sur une base partagée (PostgreSQL) : une base locale est celle "
    "d'une seule personne, qui peut tout y faire."
)


def add_admin(commands: Any, after: argparse.ArgumentParser) -> None:
    """`admin roles`, `admin grant USER ROLE` and `admin users …`."""
    from deliberation.cli.users_commands import add_admin_users

    admin = command_group(
        commands,
        "admin",
        after,
        ("administration", "ACTION"),
        help="administrer une base partagée : ses rôles, qui les tient, qui est derrière chaque "
        "identifiant",
        description="Crée les rôles d'une base partagée (PostgreSQL) et les donne aux "
        "identifiants de connexion ; le serveur refuse alors ce que le rôle ne permet pas. "
        "Nomme aussi les personnes derrière les identifiants de connexion.",
    )
    roles = subcommand(
        admin,
        "admin roles",
        after,
        help="créer les rôles secrétariat, rapporteur et lecture, avec leurs droits",
        description="Crée (s'ils n'existent pas) les rôles deliberation_secretariat (tout), "
        "deliberation_rapporteur (lit tout ; écrit les avis, leurs amendements et "
        "commentaires) et deliberation_lecture (lit seulement), et leur donne leurs droits sur "
        "chaque table de la base. Relancer la commande couvre les tables ajoutées depuis.",
    )
    roles.set_defaults(run=create_roles)
    grant = subcommand(
        admin,
        "admin grant",
        after,
        help="donner un rôle à un identifiant de connexion (en lui retirant les deux autres)",
        description="Donne à un identifiant de connexion du serveur le rôle secrétariat, "
        "rapporteur ou lecture, et lui retire les deux autres.",
    )
    grant.add_argument("login", metavar="IDENTIFIANT", help="l'identifiant de connexion")
    grant.add_argument(
        "role",
        metavar="RÔLE",
        type=_role,
        help="secretariat (ou secrétariat), rapporteur ou lecture",
    )
    grant.set_defaults(run=grant_role)
    add_admin_users(admin, after)


def _role(text: str) -> str:
    role = role_named(text)
    if role is None:
        raise argparse.ArgumentTypeError(
            f"rôle inconnu « {text} » (secretariat, rapporteur ou lecture)"
        )
    return role


def _shared(location: str) -> bool:
    return is_url(location) and location.split("://", 1)[0].lower().startswith("postgres")


def create_roles(args: argparse.Namespace, location: str) -> int:
    if not _shared(location):
        return fail(ONLY_SHARED)
    with open_existing(location) as root:
        written = root.create_roles()
    print(
        f"Rôles prêts sur {safe_location(location)} : secrétariat (écrit {written['secretariat']} "
        f"tables), rapporteur (écrit {written['rapporteur']} tables), lecture (lit seulement)."
    )
    return 0


def grant_role(args: argparse.Namespace, location: str) -> int:
    if not _shared(location):
        return fail(ONLY_SHARED)
    with open_existing(location) as root:
        root.grant_role(args.login, args.role)
    print(f"{args.login} a maintenant le rôle {ROLE_LABELS[args.role]}.")
    return 0
