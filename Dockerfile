# One image for every service: the gateway and each subgraph run `node dist/<service>/index.js`
# (docker-compose.yml sets the command per service).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY kit kit
COPY gateway gateway
COPY subgraphs subgraphs
COPY schema schema
COPY scripts scripts
COPY docs/operations docs/operations
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
# The gateway loads the committed supergraph from here.
COPY --from=build /app/schema/supergraph.graphql schema/supergraph.graphql
# …the example operations its IDE (dist/ide) opens as tabs, and the operations behind /reports/.
COPY --from=build /app/docs/operations docs/operations
COPY --from=build /app/schema/reports schema/reports
# …and each partner agency's registered operations (trusted documents, docs/partners.md).
COPY --from=build /app/schema/operations schema/operations
USER node
EXPOSE 4000
CMD ["node", "--max-semi-space-size=32", "dist/gateway/index.js"]
