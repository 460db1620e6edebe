# The Persona Graph API. Neo4j and the local embedding model run as their own services (see docker-compose.yml), so
# no JDK is needed here. Run alone with neither OPENAI_API_KEY nor LOCAL_EMBEDDING_URL, it falls back to hashed
# embeddings (exact words only) and says so loudly at startup.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
# Dev dependencies too: the explorer and playground bundles are built with esbuild at first start.
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
ENV NODE_ENV=production
EXPOSE 4000
# In a container the API must listen beyond loopback, so auth must be configured (AUTH_JWT_SECRET or AUTH_JWKS_URL).
ENV HOST=0.0.0.0 PORT=4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["npx", "tsx", "src/main.ts"]
