"""Events: surface event triggers, and event frames read on the dependency parse."""
