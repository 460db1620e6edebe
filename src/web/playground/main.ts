// The self-hosted GraphiQL at /playground: bundled with the server, so it works with no internet at all.
import 'graphiql/style.css';
import './playground.css';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { bearer, loadSettings } from '../shared/settings.ts';
import { EXAMPLE_TABS } from './examples.ts';
import { createPlaygroundFetcher } from './fetcher.ts';

// The token saved by the explorer (same origin, same localStorage) prefills the header editor.
const authorization = bearer(loadSettings().token);
const defaultHeaders = JSON.stringify(authorization ? { Authorization: authorization } : {}, null, 2);

const root = document.getElementById('graphiql');
if (!root) throw new Error('the page has no #graphiql element');
createRoot(root).render(
  createElement(
    GraphiQL,
    {
      fetcher: createPlaygroundFetcher(),
      defaultTabs: EXAMPLE_TABS,
      defaultHeaders,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: 'variables',
    },
    // The corner logo links to the explorer, the other page this server hosts.
    createElement(
      GraphiQL.Logo,
      null,
      createElement('a', { href: '/explorer', className: 'persona-logo' }, 'Persona Graph'),
    ),
  ),
);
