# syntax=docker/dockerfile:1
# wirebrief: the Telegram bot, its scheduler, sender and HTTP surface in one process, on SQLite in /data.
# The runtime stage's steps are rehearsed without Docker by .ci/container-runtime-check.sh (run by .ci/run).

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: the toolchain better-sqlite3 compiles with, every dependency, tsc -> dist/
FROM ${NODE_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY prompts ./prompts
COPY seeds ./seeds
RUN npm run build

# --- production dependencies only (better-sqlite3 compiled here, for the runtime's Node)
FROM ${NODE_IMAGE} AS deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# --- runtime: dist/ (with its migrations, locales, prompts, seeds), bin/, production node_modules
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    WIREBRIEF_DB=/data/wirebrief.db \
    WIREBRIEF_HTTP_HOST=0.0.0.0 \
    WIREBRIEF_HTTP_PORT=8080 \
    WIREBRIEF_OPS_HOST=0.0.0.0 \
    WIREBRIEF_OPS_PORT=9091
# The general English-Arabic dictionary (FreeDict, GPL-2+) read from /usr/share/dictd for words no list translates.
RUN apt-get update \
 && apt-get install -y --no-install-recommends dict-freedict-eng-ara dict-freedict-ara-eng \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY bin ./bin
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# 8080: the webhook and the inbox (publish it); 9091: /healthz and /metrics (keep it on the private network)
EXPOSE 8080 9091
# SIGTERM: the bot stops taking updates, answers those in flight, the sender finishes the message
# it is sending, the store closes. Give it the stop grace period compose.yaml sets (40 s).
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.WIREBRIEF_OPS_PORT || process.env.WIREBRIEF_HTTP_PORT) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/wirebrief.js", "bot"]
