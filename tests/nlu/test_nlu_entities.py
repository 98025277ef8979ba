"""Entities the help flow uses: kind of violence, ward (old names mapped to new), for whom."""

from __future__ import annotations

import pytest

CASES = [
    ("hang xom toi bi chong danh", {"for_whom": "other", "kind": "physical"}),
    ("Hàng xóm tôi bị chồng đánh", {"for_whom": "other", "kind": "physical"}),
    ("ck đg đánh e", {"for_whom": "self", "kind": "physical"}),
    ("chồng tôi chửi bới xúc phạm tôi mỗi ngày", {"for_whom": "self", "kind": "psychological"}),
    ("con gái tôi bị bạn của bố nó sàm sỡ", {"for_whom": "child", "kind": "child_abuse"}),
    ("bố hay đánh mẹ em", {"for_whom": "other", "kind": "physical"}),
    ("ny cu doa tung anh nong cua e", {"for_whom": "self", "kind": "online"}),
    ("chị tôi bị lừa bán sang Trung Quốc", {"for_whom": "other", "kind": "trafficking"}),
    ("ck giữ hết tiền không cho e đồng nào", {"for_whom": "self", "kind": "economic"}),
    ("em bị ép quan hệ", {"for_whom": "self", "kind": "sexual"}),
    ("my friend's husband beats her", {"for_whom": "other", "kind": "physical"}),
    ("my son is bullied and hit at school", {"for_whom": "child", "kind": "child_abuse"}),
    ("my husband insults me all the time", {"for_whom": "self", "kind": "psychological"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_who_and_what(builtin, text, expected):
    found = builtin.understand(text).entities
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(("text", "ward", "old"), [
    ("o ninh kieu co cho nao ho tro ko", "Ninh Kiều", None),
    ("mình ở Xuân Khánh, gần đó có chỗ nào giúp không", "Ninh Kiều", "Xuân Khánh"),
    ("toi o hung loi", "Tân An", "Hưng Lợi"),
    ("phường Tân An có nơi nào hỗ trợ", "Tân An", None),
    ("services near Cai Rang?", "Cái Răng", None),
])
def test_ward_current_name_and_old_name(builtin, text, ward, old):
    found = builtin.understand(text).entities
    assert found.get("ward") == ward
    assert found.get("ward_old") == old


def test_no_entities_where_none_are_named(builtin):
    assert builtin.understand("xin chào").entities == {}
    assert "for_whom" not in builtin.understand("bạo lực thể chất là gì").entities
