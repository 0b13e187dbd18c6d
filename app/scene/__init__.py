"""Qt scene of a plate: items drawn from the model, export to PNG/SVG/PDF. No widgets."""
