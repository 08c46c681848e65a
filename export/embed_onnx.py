"""all-MiniLM-L6-v2 (or any local BERT-like sentence model) -> ONNX fp32 and int8, plus tokenizer.

The graph takes `input_ids` and `attention_mask` (int64, dynamic batch and sequence axes) and
returns the mean-pooled, L2-normalised `embedding`, so the server runs no pooling code of its own.
The legacy TorchScript exporter (`dynamo=False`, opset 17) is used: in torch 2.13 its graph runs
faster in ONNX Runtime than the dynamo exporter's, and ONNX Runtime's transformer optimizer
accepts it.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from tokenizers import Tokenizer
from transformers import AutoModel

OPSET: Final = 17
INPUT_NAMES: Final = ("input_ids", "attention_mask")
OUTPUT_NAME: Final = "embedding"
FP32_FILE: Final = "embedding.onnx"
INT8_FILE: Final = "embedding.int8.onnx"
TOKENIZER_FILE: Final = "tokenizer.json"


@dataclass(frozen=True, slots=True)
class TokenizerConfig:
    """The tokenizer settings the export bakes into `tokenizer.json` and records in the manifest."""

    lowercase: bool
    max_length: int
    truncation: bool = True


class MeanPooledEncoder(torch.nn.Module):
    """A transformer encoder followed by attention-masked mean pooling and L2 normalisation."""

    def __init__(self, encoder: torch.nn.Module) -> None:
        super().__init__()
        self.encoder = encoder

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        summed = (hidden * mask).sum(dim=1)
        # clamp as sentence-transformers does, so an all-padding row yields zeros, not NaN
        pooled = summed / mask.sum(dim=1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, p=2.0, dim=1)


def load_encoder(model_dir: Path) -> MeanPooledEncoder:
    """Load the Hugging Face model folder (local files only) wrapped with pooling, in eval mode."""
    encoder = AutoModel.from_pretrained(
        str(model_dir), local_files_only=True, attn_implementation="eager"
    )
    model = MeanPooledEncoder(encoder)
    model.eval()
    return model


def export_fp32(model: MeanPooledEncoder, out_path: Path) -> None:
    """Trace `model` into an ONNX file with dynamic batch and sequence axes."""
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=torch.int64)
    attention = (ids != 0).to(torch.int64)
    with torch.no_grad(), warnings.catch_warnings():
        # Expected and harmless here: the legacy exporter's deprecation notice; the tracer fixing
        # the mask's "padding beyond the keys" test to False (there is no key cache in an
        # encoder); and aten::index, whose indices are never negative in this graph.
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        warnings.filterwarnings("ignore", message="Converting a tensor to a Python boolean")
        warnings.filterwarnings("ignore", message="Exporting aten::index operator")
        torch.onnx.export(
            model,
            (ids, attention),
            str(out_path),
            input_names=list(INPUT_NAMES),
            output_names=[OUTPUT_NAME],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "sequence"},
                "attention_mask": {0: "batch", 1: "sequence"},
                OUTPUT_NAME: {0: "batch"},
            },
            opset_version=OPSET,
            do_constant_folding=True,
            dynamo=False,
        )


def export_int8(fp32_path: Path, out_path: Path) -> None:
    """Dynamic int8 quantisation of the MatMuls, per channel (the most accurate and fastest)."""
    quantize_dynamic(
        fp32_path,
        out_path,
        per_channel=True,
        op_types_to_quantize=["MatMul"],
        weight_type=QuantType.QInt8,
    )


def tokenizer_config(model_dir: Path, max_length: int) -> TokenizerConfig:
    """The model's lower-casing (from tokenizer_config.json) with the requested maximum length."""
    lowercase = False
    config_path = model_dir / "tokenizer_config.json"
    if config_path.is_file():
        lowercase = bool(json.loads(config_path.read_text()).get("do_lower_case", False))
    return TokenizerConfig(lowercase=lowercase, max_length=max_length)


def save_tokenizer(model_dir: Path, config: TokenizerConfig, out_path: Path) -> None:
    """Copy the model's tokenizer.json with truncation at `max_length` and padding to the longest.

    The shipped file pads every input to 128 tokens, which halves throughput on short log lines.
    """
    source = model_dir / TOKENIZER_FILE
    if not source.is_file():
        raise FileNotFoundError(f"{source}: the model folder has no tokenizer.json")
    tokenizer = Tokenizer.from_file(str(source))
    padding = tokenizer.padding or {}
    pad_token = str(padding.get("pad_token", "[PAD]"))
    pad_id = int(padding.get("pad_id", tokenizer.token_to_id(pad_token) or 0))
    tokenizer.no_padding()
    tokenizer.enable_padding(pad_id=pad_id, pad_token=pad_token)
    if config.truncation:
        tokenizer.enable_truncation(max_length=config.max_length)
    else:
        tokenizer.no_truncation()
    tokenizer.save(str(out_path))
