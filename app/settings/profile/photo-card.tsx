"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { useFormatter, useTranslations } from "next-intl";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { MAX_PHOTO_BYTES, type AvatarPhoto } from "@/lib/photos/url";
import dynamic from "next/dynamic";
import type { CropArea } from "./photo-cropper";

// The cropper (react-easy-crop) is needed only once a photo is chosen: loaded then, not with the page (issue 18).
// Its frame's size is held meanwhile, so nothing below it moves when it arrives.
const PhotoCropper = dynamic(() => import("./photo-cropper").then((m) => m.PhotoCropper), {
  ssr: false,
  loading: () => <div aria-hidden className="h-72 w-full rounded-md bg-muted sm:h-80" />,
});

type Chosen = { file: File; url: string };

/**
 * Choose a photo → crop it to a square here in the browser → upload it with the crop; the server decodes it,
 * applies the crop and strips every bit of metadata. Too large is said before uploading (and again by the server).
 */
export function PhotoCard({ name, photo }: { name: string; photo: AvatarPhoto | null }) {
  const router = useRouter();
  const t = useTranslations("settings.photo");
  const format = useFormatter();
  // In the same megabytes as the limit ("5 MB"), a file's size with one decimal ("6.2 MB").
  const megabytes = (bytes: number, decimals: number) =>
    t("megabytes", {
      size: format.number(bytes / (1024 * 1024), { minimumFractionDigits: decimals, maximumFractionDigits: 1 }),
    });
  const max = megabytes(MAX_PHOTO_BYTES, 0);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [area, setArea] = useState<CropArea | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"save" | "remove" | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => () => (chosen ? URL.revokeObjectURL(chosen.url) : undefined), [chosen]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  async function choose(file: File | undefined) {
    setError(null);
    setArea(null);
    if (!file) return setChosen(null);
    const refuse = (message: string) => {
      if (input.current) input.current.value = "";
      setError(message);
    };
    if (file.size > MAX_PHOTO_BYTES) return refuse(t("tooLarge", { size: megabytes(file.size, 1), max }));
    // Decoded here first, so a file that is no image is said at once instead of as an empty cropper (the server
    // decodes it again and is the one that decides).
    const bitmap = await createImageBitmap(file).catch(() => null);
    if (!bitmap) return refuse(t("notAnImage"));
    bitmap.close();
    setChosen({ file, url: URL.createObjectURL(file) });
  }

  function reset() {
    setChosen(null);
    setArea(null);
    if (input.current) input.current.value = "";
  }

  async function send(method: "POST" | "DELETE", body?: FormData) {
    setError(null);
    try {
      const res = await fetch("/api/v1/me/photo", { method, body });
      if (res.ok) return true;
      const json = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      setError(json?.error?.message ?? t("saveFailed"));
    } catch {
      setError(t("sendFailed"));
    }
    return false;
  }

  async function save(crop: CropArea | null) {
    if (!chosen) return;
    setBusy("save");
    const form = new FormData();
    form.set("photo", chosen.file);
    if (crop) form.set("crop", JSON.stringify(crop));
    if (await send("POST", form)) {
      reset();
      toast.success(t("saved"));
      router.refresh();
    }
    setBusy(null);
  }

  async function remove() {
    setBusy("remove");
    if (await send("DELETE")) {
      toast.success(t("removed"));
      router.refresh();
    }
    setBusy(null);
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <Avatar name={name} photo={photo} size="lg" data-testid="profile-photo" />
        <p className="text-sm text-muted-foreground">{photo ? t("current") : t("none")}</p>
      </div>
      {error ? (
        <p
          ref={errorRef}
          tabIndex={-1}
          role="alert"
          data-testid="photo-error"
          className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive outline-none"
        >
          {error}
        </p>
      ) : null}
      {chosen ? (
        <div className="space-y-4">
          <PhotoCropper src={chosen.url} onArea={setArea} />
          <div className="flex flex-wrap gap-2">
            <Button type="button" disabled={busy !== null || !area} onClick={() => void save(area)}>
              {busy === "save" ? t("saving") : t("save")}
            </Button>
            <Button type="button" variant="outline" disabled={busy !== null} onClick={() => void save(null)}>
              {t("useWhole")}
            </Button>
            <Button type="button" variant="ghost" disabled={busy !== null} onClick={reset}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="space-y-2">
          <Label htmlFor="photo-file">{photo ? t("chooseNew") : t("choose")}</Label>
          <input
            ref={input}
            id="photo-file"
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
            aria-describedby="photo-file-hint"
            onChange={(e) => void choose(e.target.files?.[0])}
            className="block w-full text-sm text-muted-foreground file:me-3 file:h-9 file:rounded-md file:border file:border-input file:bg-background file:px-3 file:text-sm file:font-medium file:text-foreground hover:file:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          />
          <p id="photo-file-hint" className="text-sm text-muted-foreground">
            {t("hint", { max })}
          </p>
          {photo ? (
            <Button type="button" variant="outline" size="sm" disabled={busy !== null} onClick={() => void remove()}>
              {busy === "remove" ? t("removing") : t("remove")}
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
