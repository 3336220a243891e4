# resnet18-ts as a service: `resnet18 serve` on port 8080, as a non-root user.
#
#   docker build -t resnet18-ts .                                  # fetches torchvision's weights while building
#   docker run --rm -p 8080:8080 resnet18-ts
#
#   docker build --build-arg FETCH_WEIGHTS=0 -t resnet18-ts .      # no weights in the image: mount them
#   docker run --rm -p 8080:8080 -v "$PWD/weights/resnet18.bin:/app/weights/resnet18.bin:ro" resnet18-ts
#
# Options of `resnet18 serve` go after the image name, e.g. `... resnet18-ts serve --host 0.0.0.0 --workers 4`.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY tools/build.mjs ./tools/
COPY tools/build ./tools/build
COPY weights/README.md ./weights/
# npm ci also compiles src/ into dist/ and bundles the browser library into dist/browser/ (the
# "prepare" script), which serve hands out at /device/.
RUN npm ci --no-audit --no-fund
ARG FETCH_WEIGHTS=1
RUN if [ "$FETCH_WEIGHTS" = "1" ]; then node dist/cli.js fetch-weights; fi
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/src/server/page ./src/server/page
COPY --from=build --chown=node:node /app/weights ./weights
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:8080/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "dist/cli.js"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080"]
