# syntax=docker/dockerfile:1
# Interview Studio: one image, three roles (ROLE=all|api|worker). See README "Running as a cluster".

# --- build: install every dependency and build the web app ---
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY packages/protocol/package.json packages/protocol/
COPY packages/interview/package.json packages/interview/
COPY packages/providers/package.json packages/providers/
COPY packages/resume/package.json packages/resume/
COPY packages/sandbox/package.json packages/sandbox/
COPY packages/whiteboard/package.json packages/whiteboard/
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# --- runtime: the server, espeak-ng for speech, bubblewrap and the toolchains for coding runs ---
FROM node:22-bookworm-slim AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends \
    espeak-ng bubblewrap python3 gcc g++ libc6-dev openjdk-17-jdk-headless util-linux procps \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8000 DATA_DIR=/data ROLE=all
COPY --from=build --chown=node:node /app /app
# recordings/ exists so a volume mounted there (shared by the api nodes) is the node user's too.
RUN mkdir -p /data/recordings && chown -R node:node /data
# Not root: the sandbox then runs programs in bubblewrap's user mode (unprivileged user namespaces).
USER node
EXPOSE 8000
VOLUME ["/data"]
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--import", "tsx", "apps/server/src/main.ts"]
