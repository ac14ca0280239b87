FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
COPY workers ./workers
RUN pip install . && useradd --create-home --uid 10001 gqlaccess && mkdir -p /data && chown gqlaccess /data
USER gqlaccess
ENV GQLACCESS_DATA_DIR=/data GQLACCESS_HOST=0.0.0.0 GQLACCESS_PORT=8000
EXPOSE 8000
CMD ["gqlaccess", "serve"]
