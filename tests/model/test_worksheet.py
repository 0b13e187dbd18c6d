from app.model.worksheet import NOTES, Change, Session, SessionEditor


def editor() -> tuple[SessionEditor, list[Change]]:
    changes: list[Change] = []
    ed = SessionEditor(Session("Team ICT"))
    ed.listeners.append(changes.append)
    return ed, changes


def test_typing_is_one_undo_step_and_announces_the_field() -> None:
    ed, changes = editor()
    for text in ("W", "We", "We d", "We doen"):
        ed.set_text("strategie", "optimalisatie", text)
    assert ed.session.answers("strategie").texts["optimalisatie"] == "We doen"
    assert changes[-1] == Change("strategie", "optimalisatie")
    ed.undo()
    assert ed.session.answers("strategie").texts["optimalisatie"] == ""
    ed.redo()
    assert ed.session.answers("strategie").texts["optimalisatie"] == "We doen"


def test_list_items_are_added_edited_reordered_moved_and_removed() -> None:
    ed, _ = editor()
    a = ed.add_item("meerjarenplan", "zelf-samen/zelf", "Roosters")
    b = ed.add_item("meerjarenplan", "zelf-samen/zelf", "Inkoop")
    assert a and b
    lists = ed.session.answers("meerjarenplan").lists
    ed.move_item("meerjarenplan", "zelf-samen/zelf", b, "zelf-samen/zelf", 0)
    assert [i.text for i in lists["zelf-samen/zelf"]] == ["Inkoop", "Roosters"]
    ed.move_item("meerjarenplan", "zelf-samen/zelf", a, "zelf-samen/samen-willen", 0)
    assert [i.text for i in lists["zelf-samen/samen-willen"]] == ["Roosters"]
    ed.edit_item("meerjarenplan", "zelf-samen/samen-willen", a, "Roosters en planning")
    assert lists["zelf-samen/samen-willen"][0].text == "Roosters en planning"
    ed.remove_item("meerjarenplan", "zelf-samen/zelf", b)
    assert lists["zelf-samen/zelf"] == []
    for _ in range(3):  # the removal, the edit and the move between lists
        ed.undo()
    assert [i.text for i in lists["zelf-samen/zelf"]] == ["Inkoop", "Roosters"]
    assert lists["zelf-samen/samen-willen"] == []


def test_empty_items_are_not_added_and_emptying_an_item_removes_it() -> None:
    ed, changes = editor()
    assert ed.add_item("meerjarenplan", "k", "   ") is None
    assert changes == []
    item = ed.add_item("meerjarenplan", "k", "x")
    assert item
    ed.edit_item("meerjarenplan", "k", item, "  ")
    assert ed.session.answers("meerjarenplan").lists["k"] == []


def test_colleagues_per_programme() -> None:
    ed, _ = editor()
    pid = ed.add_person("programmas", "collegas/npuls", "Sanne", "i-coach")
    assert pid
    ed.edit_person("programmas", "collegas/npuls", pid, "Sanne de Vries", "i-coach")
    people = ed.session.answers("programmas").people["collegas/npuls"]
    assert [(p.name, p.role) for p in people] == [("Sanne de Vries", "i-coach")]
    ed.remove_person("programmas", "collegas/npuls", pid)
    assert ed.session.answers("programmas").people["collegas/npuls"] == []
    ed.undo()
    assert len(ed.session.answers("programmas").people["collegas/npuls"]) == 1


def test_notes_and_session_details() -> None:
    ed, changes = editor()
    ed.set_notes("smjp", "Eerst het doel")
    assert changes[-1] == Change("smjp", NOTES)
    ed.set_details("Team onderwijs", "2026-11-30", ["An", "Bo"])
    assert (ed.session.name, ed.session.participants) == ("Team onderwijs", ["An", "Bo"])
    ed.undo()
    assert ed.session.name == "Team ICT"


def test_a_new_edit_clears_redo_and_no_change_is_not_a_step() -> None:
    ed, changes = editor()
    ed.set_notes("smjp", "a")
    ed.undo()
    ed.set_notes("smjp", "b")
    assert not ed.can_redo()
    count = len(changes)
    ed.set_notes("smjp", "b")
    assert len(changes) == count


def test_undo_goes_back_at_most_500_steps_and_keeps_the_oldest_edits() -> None:
    editor = SessionEditor(Session("Team"))
    for index in range(600):  # list edits never merge: 600 steps
        editor.add_item("meerjarenplan", "zelf", f"punt {index}")
    undone = 0
    while editor.can_undo():
        editor.undo()
        undone += 1
    assert undone == 500
    items = editor.session.answers("meerjarenplan").lists["zelf"]
    assert [i.text for i in items] == [f"punt {index}" for index in range(100)]
