// The login page of the authorization-code flow: /realms/<realm>/login-actions/<uid>.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Interaction, Provider } from 'oidc-provider';
import { parseForm, readBody, sendHtml } from './http-utils';
import { loginPage } from './login-pages';
import { REALM_RESOURCE } from './provider-config';
import { authenticateUser, findClient, type RealmExport } from './realm';

export interface InteractionDeps {
  provider: Provider;
  realm: RealmExport;
  mountPath: string;
}

function clientNameOf(realm: RealmExport, interaction: Interaction): string {
  const clientId = String(interaction.params.client_id ?? '');
  return findClient(realm, clientId)?.name ?? clientId;
}

/** Keycloak clients without consentRequired never ask for consent; finish any consent prompt at once. */
async function finishConsent(deps: InteractionDeps, req: IncomingMessage, res: ServerResponse, interaction: Interaction): Promise<void> {
  const { provider } = deps;
  const accountId = interaction.session?.accountId;
  const clientId = String(interaction.params.client_id ?? '');
  if (!accountId) throw new Error('consent prompt without a signed-in account');
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId });
  const scope = String(interaction.params.scope ?? 'openid');
  grant.addOIDCScope(scope);
  grant.addResourceScope(REALM_RESOURCE, scope);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

export async function handleInteraction(deps: InteractionDeps, req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
  const { provider, realm } = deps;
  let interaction: Interaction;
  try {
    interaction = await provider.interactionDetails(req, res);
  } catch {
    sendHtml(res, 400, '<!DOCTYPE html><meta charset="utf-8"><p>登录会话已失效，请重新登录。 The login session expired, please start again.</p>');
    return;
  }
  if (interaction.uid !== uid) {
    sendHtml(res, 400, '<!DOCTYPE html><meta charset="utf-8"><p>登录请求不匹配。 Login request mismatch.</p>');
    return;
  }
  if (interaction.prompt.name === 'consent') {
    await finishConsent(deps, req, res, interaction);
    return;
  }
  const action = `${deps.mountPath}/login-actions/${uid}`;
  const model = { action, realmName: realm.realm, clientName: clientNameOf(realm, interaction) };
  if (req.method !== 'POST') {
    sendHtml(res, 200, loginPage(model));
    return;
  }
  const form = parseForm(req, await readBody(req));
  const username = form.get('username') ?? '';
  const user = authenticateUser(realm, username, form.get('password') ?? undefined);
  if (!user) {
    sendHtml(res, 200, loginPage({ ...model, username, error: true }));
    return;
  }
  await provider.interactionFinished(req, res, { login: { accountId: user.id, acr: '1', amr: ['pwd'] } }, { mergeWithLastSubmission: false });
}
