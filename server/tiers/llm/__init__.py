"""The LLM tier (`tier.py`): its providers, prompt and circuit breaker."""
