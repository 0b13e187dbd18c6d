"""A small valid plate file, the starting point of the tests that break plates."""

EXAMPLE_PLATE = """\
format: 1
number: 9
id: eigen
title: Onze plaat
intro: Een plaat van de school.
size: [800, 600]
elements:
  - id: regio
    label: Een regio
    kind: region
    role: context
    rect: [10, 10, 400, 300]
  - id: kaart
    label: Een kaart
    kind: card
    role: goal
    inside: [regio]
    rect: [20, 60, 200, 100]
  - id: ander
    label: Nog een kaart
    kind: card
    role: route
    rect: [450, 60, 200, 100]
relations:
  - {id: r1, from: kaart, to: ander, kind: leads_to}
"""
