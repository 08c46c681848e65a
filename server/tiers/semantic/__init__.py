"""The semantic tier: MiniLM embeddings and a classifier in ONNX Runtime (`tier.py`), the
micro-batcher, the model files and their manifest, and the CPUs it may use."""
