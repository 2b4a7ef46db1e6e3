using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Sunshine.Domain;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Platform.Files;

public sealed class FileOptions
{
    public const string Section = "Files";

    /// <summary>Folder for uploaded files (relative to the working directory). Share it between instances.</summary>
    [Required] public string Root { get; set; } = "data/files";

    [Range(1, 1024)] public int MaxMegabytes { get; set; } = 20;
}

/// <summary>上传文件: metadata of one stored file; the bytes live under <see cref="FileOptions.Root"/>.</summary>
public sealed class StoredFile : IAudited
{
    public Guid Id { get; set; }

    /// <summary>Original name as uploaded (sanitised), for the download.</summary>
    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "application/octet-stream";

    public long Length { get; set; }

    public string Sha256 { get; set; } = "";

    /// <summary>Path below the root, e.g. 2026/11/3f2a….bin.</summary>
    public string StorageKey { get; set; } = "";

    /// <summary>Module case that owns the file, e.g. "disclosure-request" + id; decides who may read it.</summary>
    public string OwnerType { get; set; } = "";

    public string OwnerId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}

/// <summary>
/// Stores uploads after checking size, extension and content signature; never trusts the client's content type.
/// Who may download a file is decided by the module that owns it.
/// </summary>
public sealed class FileStore(SunshineDb db, IOptions<FileOptions> options)
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".txt"] = "text/plain; charset=utf-8",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".ofd"] = "application/ofd",
    };

    public static IReadOnlyCollection<string> AllowedExtensions => Types.Keys;

    public string RootPath => Path.GetFullPath(options.Value.Root, Directory.GetCurrentDirectory());

    public async Task<StoredFile> SaveAsync(Stream content, string fileName, string ownerType, string ownerId, CancellationToken ct = default)
    {
        var name = Sanitise(fileName);
        var ext = Path.GetExtension(name);
        if (!Types.TryGetValue(ext, out var contentType))
        {
            throw new DomainException("file.type", $"不支持“{ext}”类型的文件。可上传：{string.Join("、", Types.Keys.Select(k => k.TrimStart('.')))}。");
        }
        var max = options.Value.MaxMegabytes * 1024L * 1024L;
        var id = Guid.NewGuid();
        var now = db.Time.GetUtcNow().UtcDateTime;
        var key = $"{now:yyyy}/{now:MM}/{id:N}.bin";
        var path = Path.Combine(RootPath, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        long length = 0;
        var head = new byte[8];
        var headLength = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    length += read;
                    if (length > max)
                    {
                        throw new DomainException("file.too-large", $"文件“{name}”超过 {options.Value.MaxMegabytes}MB，请压缩或拆分后再上传。");
                    }
                    if (headLength < head.Length)
                    {
                        var n = Math.Min(head.Length - headLength, read);
                        Array.Copy(buffer, 0, head, headLength, n);
                        headLength += n;
                    }
                    sha.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
            if (length == 0)
            {
                throw new DomainException("file.empty", $"文件“{name}”是空文件。");
            }
            if (!SignatureMatches(ext, head.AsSpan(0, headLength)))
            {
                throw new DomainException("file.signature", $"文件“{name}”的内容与扩展名不符，请确认文件未损坏。");
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        var file = new StoredFile
        {
            Id = id,
            FileName = name,
            ContentType = contentType,
            Length = length,
            Sha256 = Convert.ToHexStringLower(sha.GetHashAndReset()),
            StorageKey = key,
            OwnerType = ownerType,
            OwnerId = ownerId,
            CreatedUtc = now,
        };
        db.Set<StoredFile>().Add(file);
        return file;
    }

    public Stream OpenRead(StoredFile file)
        => new FileStream(Path.Combine(RootPath, file.StorageKey), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    /// <summary>Keeps the base name readable but removes path parts and characters unsafe in a download header.</summary>
    public static string Sanitise(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var clean = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        if (clean.Length == 0)
        {
            clean = "file";
        }
        return clean.Length <= 120 ? clean : clean[..(120 - Path.GetExtension(clean).Length)] + Path.GetExtension(clean);
    }

    private static bool SignatureMatches(string ext, ReadOnlySpan<byte> head) => ext.ToLowerInvariant() switch
    {
        ".pdf" => head.StartsWith("%PDF"u8),
        ".png" => head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }),
        ".jpg" or ".jpeg" => head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }),
        ".docx" or ".xlsx" or ".ofd" => head.StartsWith("PK"u8),
        ".doc" or ".xls" => head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }),
        ".txt" => !head.Contains((byte)0),
        _ => false,
    };
}
