// API Gateway (REST APIs, version 1): APIs by endpoint type and custom domain names per Region, stages and resources per
// existing API. API Gateway REST API reference, https://docs.aws.amazon.com/apigateway/latest/api/ (GetRestApis,
// GetDomainNames and GetResources page with limit ≤ 500 and position; GetStages is not paged). Every read is an HTTP GET
// on an API Gateway resource: IAM action apigateway:GET
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/permissions.html).
import type * as ApiGateway from '@aws-sdk/client-api-gateway';
import { countPages, counted, forAll, guarded, parentIds, type ApiCall, type Usage, type UsageContext, type UsageItem, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof ApiGateway> => import('@aws-sdk/client-api-gateway');
const call = (api: string, page: string): ApiCall => ({ api, action: 'apigateway:GET', doc: `https://docs.aws.amazon.com/apigateway/latest/api/${page}.html` });

/** Endpoint type of each quota (CreateRestApi endpointConfiguration.types; EDGE when none is given). */
const TYPES: Record<string, string> = { 'L-B97207D0': 'EDGE', 'L-AA0FF27B': 'REGIONAL', 'L-A966AB5C': 'PRIVATE' };

export const restApis: UsageSource = {
  name: 'apigateway.rest-apis',
  counts: { 'L-B97207D0': ['region'], 'L-AA0FF27B': ['region'], 'L-A966AB5C': ['region'], 'L-A93447B8': ['region'] },
  calls: [call('GetRestApis', 'API_GetRestApis'), call('GetDomainNames', 'API_GetDomainNames')],
  read: async (ctx, items) => {
    const apis = items.filter((i) => TYPES[i.quotaCode]);
    const domains = items.filter((i) => !TYPES[i.quotaCode]);
    const [a, b] = await Promise.all([
      apis.length
        ? guarded(ctx, apis, 'apigateway:GET', async () => {
            const m = await sdk();
            const walk = await countPages(ctx, 'GetRestApis', (position) => ctx.client(m.APIGatewayClient).send(new m.GetRestApisCommand({ limit: 500, position })), (p) => p.position, (p) => p.items);
            const types = walk.items.map((x) => x.endpointConfiguration?.types?.[0] ?? 'EDGE');
            return forAll(apis, (i) => counted(types.filter((t) => t === TYPES[i.quotaCode]).length, walk.complete, `${TYPES[i.quotaCode]} REST APIs`));
          })
        : new Map<string, Usage>(),
      domains.length
        ? guarded(ctx, domains, 'apigateway:GET', async () => {
            const m = await sdk();
            const walk = await countPages(ctx, 'GetDomainNames', (position) => ctx.client(m.APIGatewayClient).send(new m.GetDomainNamesCommand({ limit: 500, position })), (p) => p.position, (p) => p.items);
            return forAll(domains, counted(walk.items.length, walk.complete, 'custom domain names'));
          })
        : new Map<string, Usage>(),
    ]);
    return new Map([...a, ...b]);
  },
};

/** Per existing API the plan adds to: one call (stages) or walk (resources) per API id. */
async function perApi(ctx: UsageContext, items: UsageItem[], count: (m: typeof ApiGateway, id: string) => Promise<Usage>): Promise<Map<string, Usage>> {
  const out = new Map<string, Usage>();
  await Promise.all(
    parentIds(items).map(async (id) => {
      const mine = items.filter((i) => i.parent!.id === id);
      const got = await guarded(ctx, mine, 'apigateway:GET', async () => forAll(mine, await count(await sdk(), id)));
      for (const [k, v] of got) out.set(k, v);
    }),
  );
  return out;
}

export const stagesPerApi: UsageSource = {
  name: 'apigateway.stages',
  counts: { 'L-379E48B0': ['resource'] },
  calls: [call('GetStages', 'API_GetStages')],
  read: (ctx, items) =>
    perApi(ctx, items, async (m, id) => {
      const r = await ctx.call('GetStages', () => ctx.client(m.APIGatewayClient).send(new m.GetStagesCommand({ restApiId: id })));
      return counted(r.item?.length ?? 0, true, `stages of API ${id}`);
    }),
};

export const resourcesPerApi: UsageSource = {
  name: 'apigateway.resources',
  counts: { 'L-01C8A9E0': ['resource'] },
  calls: [call('GetResources', 'API_GetResources')],
  read: (ctx, items) =>
    perApi(ctx, items, async (m, id) => {
      const walk = await countPages(ctx, 'GetResources', (position) => ctx.client(m.APIGatewayClient).send(new m.GetResourcesCommand({ restApiId: id, limit: 500, position })), (p) => p.position, (p) => p.items);
      return counted(walk.items.length, walk.complete, `resources of API ${id}`);
    }),
};

export const APIGATEWAY_SOURCES: UsageSource[] = [restApis, stagesPerApi, resourcesPerApi];
