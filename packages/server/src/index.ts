export { createServerApp, type ServerApp } from './app/create-server-app.js';
export type { Endpoint, EndpointContext, EndpointOutput } from './app/endpoint.js';
export { ENDPOINTS } from './app/endpoints.js';
export {
  ApiKeyEntry,
  type ApiKeyEntryInput,
  hashApiKey,
  parseApiKeyList,
} from './config/api-key.js';
export { type Environment, serverConfigFromEnv } from './config/config-from-env.js';
export { ENDPOINT_SCOPES, EndpointScope } from './config/endpoint-scope.js';
export { parseServerFlags, type ServerFlagOptions } from './config/parse-server-flags.js';
export {
  MAX_WORKERS,
  parseServerConfig,
  RateLimit,
  SERVER_DEFAULTS,
  ServerConfig,
  type ServerConfigInput,
  Workers,
} from './config/server-config.js';
export { SETTINGS, type Setting } from './config/settings.js';
export { workerCount } from './config/worker-count.js';
export { type LogEntry, type LogSink, stdoutLogSink } from './http/log-sink.js';
export {
  jsonPointer,
  PROBLEM_MEDIA_TYPE,
  type ProblemDocument,
  type ProblemIssue,
  statusForCode,
} from './http/problem.js';
export { REQUEST_ID_HEADER } from './http/request-id.js';
export { createOpenApiDocument } from './openapi/openapi-document.js';
export {
  createRequestListener,
  listenerForApp,
  type RequestListener,
} from './server/request-listener.js';
export type { RunningCluster } from './server/running-cluster.js';
export { startCluster } from './server/start-cluster.js';
export { type RunningServer, startServer } from './server/start-server.js';
