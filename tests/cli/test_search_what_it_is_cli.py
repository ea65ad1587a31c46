"""Found by review: a contact and a speaker of one name were both a "person" in `search`."""


def test_the_command_line_says_our_contact(cli):
    assert cli("delegation", "create", "D")[0] == 0
    assert cli("person", "add", "Quokka Ndiaye", "--organisation", "WTO")[0] == 0
    code, out, _ = cli("search", "Quokka")
    assert code == 0 and "our contact" in out and "WTO" in out
