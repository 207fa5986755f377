# Build and run SIGAP (API + built SPA) from one image. Used by docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm i -g pnpm@12.4.2
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json tsconfig.base.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/shared/package.json packages/shared/
# pnpm-workspace.yaml patchedDependencies (postgres.js: no crash when a connection drops mid-write)
COPY patches/ patches/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm --filter @sigap/web build && pnpm --filter @sigap/api build \
 && pnpm --filter @sigap/api deploy --prod --legacy /out \
 && cp -r apps/api/dist /out/dist && mkdir -p /out/web && cp -r apps/web/dist /out/web/dist

FROM node:20-bookworm-slim
ENV NODE_ENV=production WEB_DIST_DIR=/app/web/dist DATA_DIR=/data
WORKDIR /app
COPY --from=build /out /app
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
CMD ["node", "dist/server.mjs"]
