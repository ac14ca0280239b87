"""The compiler's field table (`compiler.SUPPORTED`) is the one list of what the compiled path
answers: it must agree with the schema, and the differential tests generate from it."""

from __future__ import annotations

from graphql import get_named_type

from gqlaccess.config import Settings
from gqlaccess.graphql.fastpath.compiler import SUPPORTED
from gqlaccess.graphql.schema import build_schema

from .test_differential import LEAVES, OBJECTS


def test_every_supported_field_is_in_the_schema_with_its_type() -> None:
    schema = build_schema(Settings())._schema
    for type_name, fields in SUPPORTED.items():
        graphql_type = schema.get_type(type_name)
        assert graphql_type is not None, type_name
        for name, child in fields.items():
            assert name in graphql_type.fields, f"{type_name}.{name}"  # type: ignore[union-attr]
            named = get_named_type(graphql_type.fields[name].type)  # type: ignore[union-attr]
            assert (child is None) == (not hasattr(named, "fields")), f"{type_name}.{name}"
            if child is not None:
                assert named.name == child, f"{type_name}.{name}: {named.name} != {child}"


def test_the_differential_generators_cover_the_table() -> None:
    for type_name, leaves in LEAVES.items():
        assert set(leaves) - {"__typename"} | set(OBJECTS[type_name]) == set(SUPPORTED[type_name]), type_name
