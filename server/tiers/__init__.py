"""The tiers of the cascade; each implements `server.tiers.base.Tier`."""
