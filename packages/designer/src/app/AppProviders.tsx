import { App as AntApp, ConfigProvider, theme as antTheme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { isApiError } from '../api/index.js';
import { LangProvider, useLang } from '../i18n/index.js';
import { useReducedMotion } from './reduced-motion.js';
import './readable.css';

/**
 * The product's look: a calm blue, compact radii, CJK-first font stack, and text colours readable in a
 * bright show flat: secondary text, placeholders, links and status texts reach WCAG AA contrast
 * (>= 4.5:1 on white and the page grey; light tags in readable.css; e2e/accessibility.test.ts checks).
 */
export const appTheme = {
  algorithm: antTheme.defaultAlgorithm,
  token: {
    colorPrimary: '#1f5fbf',
    borderRadius: 6,
    fontFamily: "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    colorTextTertiary: '#666666',
    colorTextDescription: '#666666',
    colorTextPlaceholder: '#707070',
    colorLink: '#1f5fbf',
    colorLinkHover: '#3b7be0',
    colorError: '#cf1322',
    colorSuccessText: '#237804',
    colorWarningText: '#874d00',
  },
  components: {
    Layout: { headerBg: '#0f2f5c', headerColor: '#fff', siderBg: '#fff', bodyBg: '#f3f5f9' },
    // The empty-table text, which antd draws in the disabled grey.
    Table: { colorTextDisabled: '#707070' },
  },
} as const;

/** The same look without antd's motion, for devices set to reduce motion (readable.css stops the app's own transitions). */
export const reducedMotionTheme = { ...appTheme, token: { ...appTheme.token, motion: false } } as const;

function LocalisedAntd({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  const reducedMotion = useReducedMotion();
  useEffect(() => { dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en'); }, [lang]);
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={reducedMotion ? reducedMotionTheme : appTheme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/**
 * Returns a QueryClient that does not retry user errors (4xx) and refetches on focus. A page opened
 * without network (from the home screen, in a car park) starts offline: its queries wait for the
 * network instead of failing, and those kept on the device show meanwhile (src/offline/query-cache.ts).
 */
export function createQueryClient(): QueryClient {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) onlineManager.setOnline(false);
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
        staleTime: 15_000,
      },
      mutations: { retry: false },
    },
  });
}

/** Wraps the app in the language, antd (zh-CN / en) and react-query (with `client`) providers. */
export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <LangProvider>
      <QueryClientProvider client={client}>
        <LocalisedAntd>{children}</LocalisedAntd>
      </QueryClientProvider>
    </LangProvider>
  );
}
