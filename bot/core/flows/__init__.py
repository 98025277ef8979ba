"""One module per flow. Each exposes plain functions over a `Turn`; the engine dispatches."""
